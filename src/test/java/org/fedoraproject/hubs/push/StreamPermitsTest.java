package org.fedoraproject.hubs.push;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamPermitsTest {

    @Test
    void aClientGetsItsShareAndNoMoreUntilAStreamCloses() {
        StreamPermits permits = new StreamPermits(2, 10);
        StreamPermits.Permit first = permits.acquire("10.0.0.1").permit().orElseThrow();
        permits.acquire("10.0.0.1").permit().orElseThrow();
        assertThat(permits.acquire("10.0.0.1").refusal()).isEqualTo(StreamPermits.Refusal.STREAMS_PER_CLIENT);
        assertThat(permits.acquire("10.0.0.2").permit()).as("other clients are not affected").isPresent();

        first.release();
        first.release(); // a second release gives nothing back twice
        assertThat(permits.open()).isEqualTo(2);
        assertThat(permits.acquire("10.0.0.1").permit()).isPresent();
        assertThat(permits.acquire("10.0.0.1").refusal()).isEqualTo(StreamPermits.Refusal.STREAMS_PER_CLIENT);
    }

    @Test
    void theServerHasAnOverallLimit() {
        StreamPermits permits = new StreamPermits(5, 3);
        for (int i = 0; i < 3; i++) {
            assertThat(permits.acquire("10.0.0." + i).permit()).isPresent();
        }
        assertThat(permits.acquire("10.0.0.9").refusal()).isEqualTo(StreamPermits.Refusal.STREAMS_PER_SERVER);
    }
}
