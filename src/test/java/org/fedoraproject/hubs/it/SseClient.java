package org.fedoraproject.hubs.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A minimal server-sent events client: records every event and comment of one stream. */
final class SseClient implements AutoCloseable {

    record Event(String id, String name, String data) {
        JsonObject json() {
            return Json.createReader(new StringReader(data)).readObject();
        }
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final List<String> comments = new CopyOnWriteArrayList<>();
    private final ExecutorService reader = Executors.newSingleThreadExecutor();
    private volatile Stream<String> lines;
    private volatile int status;

    SseClient(URI uri, Optional<String> lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
        lastEventId.ifPresent(id -> request.header("Last-Event-ID", id));
        reader.submit(() -> {
            HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                    .send(request.build(), HttpResponse.BodyHandlers.ofLines());
            status = response.statusCode();
            lines = response.body();
            read(lines);
            return null;
        });
    }

    private void read(Stream<String> stream) {
        String[] current = new String[3];
        StringBuilder data = new StringBuilder();
        stream.forEach(line -> {
            if (line.isEmpty()) {
                if (current[1] != null || data.length() > 0) {
                    events.add(new Event(current[0], current[1], data.toString()));
                }
                current[0] = null;
                current[1] = null;
                data.setLength(0);
            } else if (line.startsWith(":")) {
                comments.add(line.substring(1).strip());
            } else if (line.startsWith("id:")) {
                current[0] = line.substring(3).strip();
            } else if (line.startsWith("event:")) {
                current[1] = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                data.append(data.length() > 0 ? "\n" : "").append(line.substring(5).strip());
            }
        });
    }

    /** The HTTP status of the stream's response; 0 until it arrived. */
    int status() {
        return status;
    }

    boolean connected() {
        return status == 200 && !comments.isEmpty();
    }

    List<Event> events() {
        return events;
    }

    List<String> comments() {
        return comments;
    }

    Optional<Event> find(Predicate<Event> match) {
        return events.stream().filter(match).findFirst();
    }

    @Override
    public void close() {
        Stream<String> stream = lines;
        if (stream != null) {
            stream.close();
        }
        reader.shutdownNow();
    }
}
