package org.fedoraproject.hubs.admin;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.fedoraproject.hubs.cache.CacheKey;
import org.fedoraproject.hubs.cache.WidgetCache;
import org.fedoraproject.hubs.hub.WidgetDirectory;
import org.fedoraproject.hubs.hub.WidgetRef;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.WidgetCatalog;

/**
 * How many of the values the widgets need are in the cache (the original warned below 50 %).
 * Counting looks at every widget's values, so it is done at most every 30 s, not on each 2-second
 * poll of the admin page.
 */
@ApplicationScoped
public class CacheCoverage {

    private static final Duration REFRESH = Duration.ofSeconds(30);

    @Inject
    WidgetDirectory directory;

    @Inject
    WidgetCatalog catalog;

    @Inject
    WidgetCache cache;

    private record Figures(int widgets, int needed, int present, int entries, Instant countedAt) {
    }

    private Figures figures;

    public synchronized JsonObjectBuilder snapshot() {
        if (figures == null || figures.countedAt().isBefore(Instant.now().minus(REFRESH))) {
            figures = count();
        }
        return JSON.createObjectBuilder()
                .add("entries", figures.entries())
                .add("widgets", figures.widgets())
                .add("values_needed", figures.needed())
                .add("values_present", figures.present())
                .add("coverage", figures.needed() == 0 ? 1.0 : (double) figures.present() / figures.needed())
                .add("counted_at", figures.countedAt().toString());
    }

    private Figures count() {
        int needed = 0;
        int present = 0;
        for (WidgetRef widget : directory.all()) {
            for (CachedFunction function : catalog.find(widget.type()).map(t -> t.functions()).orElse(List.of())) {
                needed++;
                if (cache.get(CacheKey.of(widget, function.id())).filter(v -> v.hasData()).isPresent()) {
                    present++;
                }
            }
        }
        return new Figures(directory.size(), needed, present, cache.size(), Instant.now());
    }
}
