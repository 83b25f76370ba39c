package org.fedoraproject.hubs.demo;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedoraproject.hubs.hub.HubService;
import org.fedoraproject.hubs.hub.MembershipService;
import org.fedoraproject.hubs.hub.Role;
import org.fedoraproject.hubs.hub.WidgetService;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * Runs the demo when {@code hubs.demo.enabled}: creates the demo hubs with their widgets, binds a
 * ZeroMQ publisher on {@code hubs.demo.endpoint} and replays the recorded story in a loop, one
 * message every {@code hubs.demo.interval-ms}, moving the services' stand-ins along.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DemoReplay {

    private static final Logger LOG = Logger.getLogger(DemoReplay.class.getName());

    @Inject
    @ConfigProperty(name = "hubs.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "hubs.demo.endpoint", defaultValue = "tcp://127.0.0.1:9941")
    String endpoint;

    @Inject
    @ConfigProperty(name = "hubs.demo.interval-ms", defaultValue = "2500")
    long intervalMillis;

    @Inject
    HubService hubs;

    @Inject
    WidgetService widgets;

    @Inject
    MembershipService memberships;

    @Inject
    DemoServices services;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private DemoScript script;
    private ZContext zmq;
    private ZMQ.Socket publisher;
    private ScheduledFuture<?> replay;
    /** Tells this run's replayed ids from those of earlier runs. */
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private int next;
    private int round;

    @PostConstruct
    void start() {
        if (!enabled) {
            return;
        }
        script = DemoScript.load();
        services.reset(script.initialAnswers());
        // The demo hub is created on the scheduler, not here: its commit notifies observers that
        // need the application's full component context, which deployment threads lack.
        scheduler.execute(this::createDemoHub);
        zmq = new ZContext();
        publisher = zmq.createSocket(SocketType.PUB);
        publisher.bind(endpoint);
        replay = scheduler.scheduleWithFixedDelay(this::publishNext, intervalMillis, intervalMillis,
                TimeUnit.MILLISECONDS);
        LOG.info(() -> "Demo: replaying " + script.steps().size() + " recorded bus messages on " + endpoint
                + " every " + intervalMillis + " ms; open /u/" + script.hubs().get(0).name() + "/");
    }

    private void createDemoHub() {
        for (DemoScript.DemoHub hub : script.hubs()) {
            try {
                create(hub);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, e, () -> "Demo: could not create the demo hub " + hub.name());
            }
        }
    }

    /** Creates the hub unless it exists, and gives it its widgets unless it has some (a restart keeps the user's). */
    private void create(DemoScript.DemoHub hub) {
        if (hub.team()) {
            if (hubs.find(hub.name()).isEmpty()) {
                hubs.createTeamHub(hub.name(), hub.owner(), hub.settings());
            }
            hub.members().forEach(member -> memberships.grant(hub.name(), member, Role.MEMBER));
        } else {
            hubs.userHub(hub.name(), hub.email());
            hubs.updateSettings(hub.name(), hub.settings());
        }
        if (widgets.widgets(hub.name()).isEmpty()) {
            hub.widgets().forEach(widget -> widgets.addWidget(hub.name(), widget.type(), widget.config(), widget.column(), null));
        }
    }

    /**
     * Runs on the scheduler, one step at a time: the socket is only ever used by one thread at once.
     * A step that fails is logged and skipped; an exception escaping would cancel the replay.
     */
    private synchronized void publishNext() {
        try {
            publishStep();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Demo: a replay step failed; the replay goes on", e);
        }
    }

    private void publishStep() {
        if (next == script.steps().size()) {
            next = 0;
            round++;
            services.reset(script.initialAnswers());
        }
        DemoScript.Step step = script.steps().get(next++);
        services.change(step.answers()); // a service changes first, as it does before it announces
        publisher.sendMore(step.topic());
        publisher.send(step.envelope(run + "-" + round));
    }

    @PreDestroy
    void stop() {
        if (replay != null) {
            replay.cancel(false);
            zmq.close();
        }
    }
}
