package org.fedoraproject.hubs.widgets.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.bus.DatagrepperBacklog;
import org.fedoraproject.hubs.bus.InvalidMessageException;

/**
 * The history a new activity widget starts with: the newest messages of its people in datagrepper
 * ({@code /raw?user=<name>&...&order=desc}, the users OR'd), read through the bus's own datagrepper
 * client and kept only when they {@linkplain ConcernedPeople concern} the people as live messages
 * must. Only when {@code hubs.bus.datagrepper-url} is set; bounded by the widget's cap.
 */
@ApplicationScoped
public class ActivityBackfill {

    /** The most rows datagrepper serves per page. */
    static final int ROWS_PER_PAGE = 100;

    @Inject
    @ConfigProperty(name = "hubs.bus.datagrepper-url")
    Optional<String> datagrepperUrl;

    @Inject
    @ConfigProperty(name = "hubs.services.timeout-ms", defaultValue = "10000")
    long timeoutMillis;

    public boolean enabled() {
        return datagrepperUrl.filter(url -> !url.isBlank()).isPresent();
    }

    /**
     * The newest messages concerning {@code people}, newest first, at most {@code max}, from at
     * most {@code max} messages read. Datagrepper knows people by account name: addresses are
     * not asked about.
     *
     * @throws IOException when datagrepper cannot be read
     */
    public List<BusMessage> latest(Set<String> people, int max) throws IOException, InterruptedException {
        String users = people.stream().filter(name -> !name.contains("@"))
                .map(name -> "user=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        List<BusMessage> found = new ArrayList<>();
        if (users.isEmpty()) {
            return found;
        }
        DatagrepperBacklog datagrepper = new DatagrepperBacklog(datagrepperUrl.orElseThrow(),
                Duration.ofMillis(timeoutMillis), 1);
        int rows = Math.min(max, ROWS_PER_PAGE);
        int pages = (max + rows - 1) / rows;
        for (int page = 1; page <= pages; page++) {
            DatagrepperBacklog.Page answer = datagrepper.page(users + "&order=desc&rows_per_page=" + rows + "&page=" + page);
            found.addAll(concerning(answer.messages(), people, max - found.size()));
            if (page >= answer.pages() || found.size() >= max) {
                break;
            }
        }
        return found;
    }

    /** Of datagrepper's raw messages, the first {@code room} that are bus messages concerning {@code people}. */
    static List<BusMessage> concerning(List<JsonObject> raw, Set<String> people, int room) {
        List<BusMessage> kept = new ArrayList<>();
        for (JsonObject envelope : raw) {
            if (kept.size() >= room) {
                break;
            }
            try {
                BusMessage message = BusMessage.of(envelope);
                if (ConcernedPeople.concerns(message, people)) {
                    kept.add(message);
                }
            } catch (InvalidMessageException e) {
                // not a bus message (ingest would reject it too): nothing to show
            }
        }
        return kept;
    }
}
