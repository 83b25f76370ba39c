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
import org.fedoraproject.hubs.hub.WidgetService;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * Runs the demo when {@code hubs.demo.enabled}: creates the demo user's hub with a package-reviews
 * widget, binds a ZeroMQ publisher on {@code hubs.demo.endpoint} and replays the recorded story
 * in a loop, one message every {@code hubs.demo.interval-ms}, moving the Bugzilla stand-in along.
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
    DemoBugzilla bugzilla;

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
        bugzilla.answer(script.initialBugzilla());
        // The demo hub is created on the scheduler, not here: its commit notifies observers that
        // need the application's full component context, which deployment threads lack.
        scheduler.execute(this::createDemoHub);
        zmq = new ZContext();
        publisher = zmq.createSocket(SocketType.PUB);
        publisher.bind(endpoint);
        replay = scheduler.scheduleWithFixedDelay(this::publishNext, intervalMillis, intervalMillis,
                TimeUnit.MILLISECONDS);
        LOG.info(() -> "Demo: replaying " + script.steps().size() + " recorded bus messages on " + endpoint
                + " every " + intervalMillis + " ms; open /u/" + script.user() + "/");
    }

    private void createDemoHub() {
        try {
            hubs.userHub(script.user(), script.email());
            if (widgets.widgets(script.user()).isEmpty()) {
                widgets.addWidget(script.user(), "package-reviews",
                        JSON.createObjectBuilder().add("email", script.email()).build(), null, null);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Demo: could not create the demo hub", e);
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
            bugzilla.answer(script.initialBugzilla());
        }
        DemoScript.Step step = script.steps().get(next++);
        if (step.bugzilla() != null) {
            bugzilla.answer(step.bugzilla()); // Bugzilla changes first, as it does before it announces
        }
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
