package org.fedoraproject.hubs.demo;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recorded answers of the outside services widgets read (Bugzilla, Bodhi, badges...), for their
 * stand-ins: the demo's servlet and the integration tests' local HTTP server. An answer is
 * recorded for a request such as {@code /updates/?user=jkadlcik&status=testing}; it answers every
 * request with that path whose query has at least those parameters with those values, whatever
 * else it asks (paging, field lists). Where several fit, the one naming the most parameters wins.
 */
public final class RecordedAnswers {

    private record Recording(String path, Map<String, String> query, String body) {

        boolean fits(String requestPath, Map<String, List<String>> requestQuery) {
            return path.equals(requestPath) && query.entrySet().stream().allMatch(
                    wanted -> requestQuery.getOrDefault(wanted.getKey(), List.of()).contains(wanted.getValue()));
        }
    }

    private final Map<String, Map<String, Recording>> byService = new ConcurrentHashMap<>();

    /** From now on {@code service} answers {@code request} (a path, optionally with a query) with {@code body}. */
    public void answer(String service, String request, String body) {
        int question = request.indexOf('?');
        String path = question < 0 ? request : request.substring(0, question);
        Map<String, String> query = new LinkedHashMap<>();
        parse(question < 0 ? null : request.substring(question + 1)).forEach((name, values) -> query.put(name, values.get(0)));
        byService.computeIfAbsent(service, s -> new ConcurrentHashMap<>())
                .put(request, new Recording(path, query, body));
    }

    /** The recorded answer to a request of {@code service}, if one fits. */
    public Optional<String> find(String service, String path, String rawQuery) {
        Map<String, List<String>> query = parse(rawQuery);
        return byService.getOrDefault(service, Map.of()).values().stream()
                .filter(recording -> recording.fits(path, query))
                .max(Comparator.comparingInt(recording -> recording.query().size()))
                .map(Recording::body);
    }

    public void clear() {
        byService.clear();
    }

    private static Map<String, List<String>> parse(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return query;
    }
}
