package org.fedoraproject.hubs.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;
import org.infinispan.configuration.cache.CacheMode;
import org.infinispan.configuration.cache.ConfigurationBuilder;
import org.infinispan.configuration.global.GlobalConfigurationBuilder;
import org.infinispan.manager.DefaultCacheManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two servers sharing the rebuild states: two real Infinispan nodes, clustered over JGroups on
 * loopback, each with its own coordinator on its own copy of a replicated {@code rebuild-state}
 * cache. Racing each other on the same values, exactly one of them queues each rebuild and exactly
 * one of them runs it.
 */
class CrossServerSingleFlightTest {

    private static final int ROUNDS = 100;
    private static final String CLUSTER = "hubs-test-" + UUID.randomUUID();

    private static DefaultCacheManager serverA;
    private static DefaultCacheManager serverB;
    private static ExecutorService threads;

    @BeforeAll
    static void cluster() {
        serverA = node("a");
        serverB = node("b");
        threads = Executors.newFixedThreadPool(2);
        serverA.getCache("rebuild-state");
        serverB.getCache("rebuild-state");
    }

    @AfterAll
    static void stop() {
        threads.shutdownNow();
        serverB.stop();
        serverA.stop();
    }

    @Test
    void bothServersAreInOneCluster() {
        assertThat(serverA.getMembers()).hasSize(2);
        assertThat(serverB.getMembers()).hasSize(2);
    }

    @Test
    void racingServersQueueAndRunEachRebuildOnce() throws Exception {
        Cache<String, String> statesA = serverA.getCache("rebuild-state");
        Cache<String, String> statesB = serverB.getCache("rebuild-state");
        RebuildCoordinator a = new RebuildCoordinator(statesA);
        RebuildCoordinator b = new RebuildCoordinator(statesB);

        for (int round = 0; round < ROUNDS; round++) {
            WorkItem item = new WorkItem(round, "reviews");
            // A bus message reaches both servers' triage at once: one rebuild is queued, not two.
            List<Boolean> queued = race(() -> a.invalidated(item), () -> b.invalidated(item));
            assertThat(queued).as("round %d: queued", round).containsExactlyInAnyOrder(true, false);

            // Both servers' workers receive a work item for it at once: one rebuilds, not two.
            List<Boolean> running = race(() -> a.start(item), () -> b.start(item));
            assertThat(running).as("round %d: running", round).containsExactlyInAnyOrder(true, false);

            // The loser marked it dirty: after the winner's cool-down there is one follow-up rebuild.
            (running.get(0) ? a : b).finished(item);
            assertThat(statesB.get(item.widgetId() + "/reviews")).isEqualTo(RebuildCoordinator.COOLDOWN_DIRTY);
            List<Boolean> followUp = race(() -> a.start(item), () -> b.start(item));
            assertThat(followUp).as("round %d: follow-up", round).containsExactlyInAnyOrder(true, false);
        }
    }

    /** Runs both at the same instant, on two threads; their answers in order a, b. */
    private static List<Boolean> race(Callable<Boolean> first, Callable<Boolean> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Boolean> a = threads.submit(() -> {
            start.await();
            return first.call();
        });
        Future<Boolean> b = threads.submit(() -> {
            start.await();
            return second.call();
        });
        return List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));
    }

    private static DefaultCacheManager node(String name) {
        GlobalConfigurationBuilder global = GlobalConfigurationBuilder.defaultClusteredBuilder();
        global.transport().clusterName(CLUSTER).nodeName(name)
                .addProperty("configurationFile", "jgroups-in-jvm.xml");
        DefaultCacheManager manager = new DefaultCacheManager(global.build());
        ConfigurationBuilder replicated = new ConfigurationBuilder();
        replicated.clustering().cacheMode(CacheMode.REPL_SYNC);
        manager.defineConfiguration("rebuild-state", replicated.build());
        return manager;
    }
}
