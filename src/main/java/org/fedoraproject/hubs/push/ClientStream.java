package org.fedoraproject.hubs.push;

import java.util.ArrayDeque;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * One browser's stream. Publishing only enqueues (bounded); the items are written one at a time on
 * an executor, each after the previous write completed. A browser that cannot keep up (its queue is
 * full) or whose connection failed is closed, so it never holds up the others or fills the heap.
 */
final class ClientStream {

    private static final Logger LOG = Logger.getLogger(ClientStream.class.getName());

    /** The connection to the browser: in the server, an {@code SseEventSink}. */
    interface Sink {
        CompletionStage<?> send(StreamItem item);

        void close();
    }

    private final Sink sink;
    private final int capacity;
    private final Executor executor;
    private final Consumer<ClientStream> onClose;
    private final ArrayDeque<StreamItem> queue;
    private boolean writing;
    private boolean closed;

    ClientStream(Sink sink, int capacity, Executor executor, Consumer<ClientStream> onClose) {
        this.sink = sink;
        this.capacity = capacity;
        this.executor = executor;
        this.onClose = onClose;
        this.queue = new ArrayDeque<>(Math.min(capacity, 16));
    }

    /** Queues an item without waiting; {@code false} when the stream is (now) closed. */
    boolean offer(StreamItem item) {
        synchronized (this) {
            if (closed) {
                return false;
            }
            if (queue.size() < capacity) {
                queue.addLast(item);
                if (!writing) {
                    writing = true;
                    executor.execute(this::writeNext);
                }
                return true;
            }
        }
        LOG.fine("Closing a live stream whose browser does not keep up");
        close();
        return false;
    }

    private void writeNext() {
        StreamItem item;
        synchronized (this) {
            item = closed ? null : queue.pollFirst();
            if (item == null) {
                writing = false;
                return;
            }
        }
        CompletionStage<?> written;
        try {
            written = sink.send(item);
        } catch (RuntimeException e) {
            close(); // the connection is gone; the browser reconnects and resumes by event id
            return;
        }
        // continue on our executor, not on whichever I/O thread completed the write
        written.whenCompleteAsync((ignored, failure) -> {
            if (failure == null) {
                writeNext();
            } else {
                close();
            }
        }, executor);
    }

    void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.clear();
        }
        try {
            sink.close();
        } catch (RuntimeException e) {
            LOG.fine(() -> "Closing a live stream failed, it is gone anyway: " + e);
        } finally {
            onClose.accept(this);
        }
    }

    synchronized boolean isClosed() {
        return closed;
    }
}
