package org.fedoraproject.hubs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fedoraproject.hubs.Fixtures;
import org.fedoraproject.hubs.bench.CrashRecoveryHarness;
import org.junit.jupiter.api.Test;

/**
 * The crash harness in small: a server of its own (its own base directory, ports offset by 300,
 * the packaged WAR) is killed with SIGKILL while bus messages arrive, started again, and every
 * message reaches its widget (those sent while it was down through its datagrepper backlog).
 * Not an Arquillian test: it starts and kills its own server ({@link OwnServer}), beside the suite's.
 */
class CrashRecoveryIT {

    private static final int PORT_OFFSET = 300;

    @Test
    void aKilledServerLosesNoMessage() throws Exception {
        long restartedPid = -1;
        try (OwnServer server = OwnServer.start("crash-server", PORT_OFFSET, List.of(
                "-Dhubs.bus.endpoints=tcp://127.0.0.1:19950",
                "-Dhubs.bugzilla.url=http://127.0.0.1:19951/bugzilla",
                "-Dhubs.bus.datagrepper-url=http://127.0.0.1:19951/datagrepper"))) {
            try {
                CrashRecoveryHarness.Result result = CrashRecoveryHarness.run(new CrashRecoveryHarness.Settings(
                        server.url(), "tcp://127.0.0.1:19950", 19951, System.getProperty("it.oidc.issuer"), server.pid(),
                        400, 100, Fixtures.dir(), server.base().resolve("second-run.log")));
                restartedPid = result.newPid();

                assertThat(result.lost()).as("messages lost (the server logs are in %s)", server.base()).isZero();
                assertThat(result.processedTwice()).as("rebuilt twice").isLessThanOrEqualTo(result.published() / 10);
            } finally {
                if (restartedPid > 0) {
                    ProcessHandle.of(restartedPid).ifPresent(ProcessHandle::destroyForcibly);
                }
            }
        }
    }
}
