package org.fedoraproject.hubs.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Fan-out, resume and back-pressure of one hub's stream, with browsers played by in-memory sinks. */
class HubChannelTest {

    private static final long BOOT = 1_000;

    private final AtomicLong ids = new AtomicLong(BOOT);
    private final HubChannel channel = new HubChannel(4, BOOT, ids::incrementAndGet, ids::get, 8, Runnable::run);

    @Test
    void aBrowserResumingFromARecentIdGetsWhatItMissedThenLiveEvents() {
        channel.publish("widget.updated", "{\"widget_id\":1}");
        channel.publish("widget.updated", "{\"widget_id\":2}");
        RecordingSink browser = new RecordingSink();

        channel.subscribe(browser, Optional.of(BOOT + 1));
        channel.publish("widget.removed", "{\"widget_id\":3}");

        assertThat(browser.events()).extracting(HubEvent::id).containsExactly(BOOT + 2, BOOT + 3);
        assertThat(browser.comments()).containsExactly("hubs");
    }

    @Test
    void aBrowserWhoseIdIsOlderThanTheHistoryIsToldToResync() {
        for (int i = 0; i < 6; i++) {
            channel.publish("widget.updated", "{}");
        }
        RecordingSink browser = new RecordingSink();

        channel.subscribe(browser, Optional.of(BOOT + 1));

        assertThat(browser.events()).extracting(HubEvent::name).containsExactly(HubChannel.RESYNC);
        assertThat(browser.events().get(0).id()).isEqualTo(ids.get());
    }

    @Test
    void aNewBrowserWithoutAnIdGetsOnlyLiveEvents() {
        channel.publish("widget.updated", "{}");
        RecordingSink browser = new RecordingSink();

        channel.subscribe(browser, Optional.empty());
        channel.publish("widget.updated", "{}");

        assertThat(browser.events()).extracting(HubEvent::id).containsExactly(BOOT + 2);
    }

    @Test
    void aStalledBrowserIsDroppedWithoutDelayingTheOthers() {
        StalledSink stalled = new StalledSink();
        RecordingSink healthy = new RecordingSink();
        channel.subscribe(stalled, Optional.empty());
        channel.subscribe(healthy, Optional.empty());

        for (int i = 0; i < 20; i++) {
            channel.publish("widget.updated", "{\"n\":" + i + "}");
        }

        assertThat(healthy.events()).hasSize(20);
        assertThat(stalled.closed).isTrue();
        assertThat(channel.openStreams()).isEqualTo(1);
    }

    @Test
    void aBrowserWhoseConnectionFailsIsClosedAndForgotten() {
        RecordingSink gone = new RecordingSink();
        channel.subscribe(gone, Optional.empty());
        gone.failNext = true;

        channel.heartbeat();

        assertThat(gone.closed).isTrue();
        assertThat(channel.openStreams()).isZero();
    }

    @Test
    void heartbeatsReachEveryOpenStream() {
        RecordingSink one = new RecordingSink();
        RecordingSink two = new RecordingSink();
        channel.subscribe(one, Optional.empty());
        channel.subscribe(two, Optional.empty());

        channel.heartbeat();

        assertThat(one.comments()).containsExactly("hubs", "keepalive");
        assertThat(two.comments()).containsExactly("hubs", "keepalive");
    }

    /** A browser that reads everything at once. */
    static class RecordingSink implements ClientStream.Sink {
        final List<StreamItem> items = new CopyOnWriteArrayList<>();
        volatile boolean closed;
        volatile boolean failNext;

        @Override
        public CompletionStage<?> send(StreamItem item) {
            if (failNext) {
                return CompletableFuture.failedFuture(new java.io.IOException("Broken pipe"));
            }
            items.add(item);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void close() {
            closed = true;
        }

        List<HubEvent> events() {
            return items.stream().filter(HubEvent.class::isInstance).map(HubEvent.class::cast).toList();
        }

        List<String> comments() {
            return items.stream().filter(StreamItem.Comment.class::isInstance)
                    .map(item -> ((StreamItem.Comment) item).text()).toList();
        }
    }

    /** A browser whose connection accepts nothing more: no write ever completes. */
    static class StalledSink implements ClientStream.Sink {
        volatile boolean closed;

        @Override
        public CompletionStage<?> send(StreamItem item) {
            return new CompletableFuture<>();
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
