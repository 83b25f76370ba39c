package org.fedoraproject.hubs.triage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.bus.MessagePeople;
import org.fedoraproject.hubs.hub.WidgetRef;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.Hints;
import org.fedoraproject.hubs.widget.WidgetType;

/**
 * The cached functions a message may invalidate, found from the functions' {@link Hints} rather
 * than by asking all of them. Each function of each widget instance sits in the buckets of its
 * hints: (each of its categories, or any category) x (each of its people, or anyone). A message
 * looks in (its category, any category) x (each person it {@linkplain MessagePeople mentions},
 * anyone): a number of lookups that depends on the message, not on how many instances there are.
 * Functions without hints sit in (any category, anyone) and are candidates for every message.
 *
 * <p>Thread safety: reads take no lock and may run on any number of threads; writes ({@link #put},
 * {@link #remove}) are serialized and change only the buckets of the instance concerned, each bucket
 * an immutable view replaced whole. A read sees the index as it was between two writes (a version
 * counter tells it when a write overlapped; it then reads again, under the writers' lock if writes
 * keep coming), so a message triaged during a change finds each function exactly once, as before
 * the change or as after it.
 */
public final class TriageIndex {

    private static final Logger LOG = Logger.getLogger(TriageIndex.class.getName());
    /** Lock-free reads a message tries before it waits for the writers: writes are rare and short. */
    private static final int OPTIMISTIC_READS = 3;

    /** One cached function of one widget instance, to ask whether a message invalidates it. */
    public record Candidate(WidgetRef widget, CachedFunction function) {
    }

    private final Table anyCategory = new Table();
    private final Map<String, Table> byCategory = new ConcurrentHashMap<>();
    /** Where each instance's functions were put, to take exactly those out again. */
    private final Map<Long, List<Placement>> byWidget = new ConcurrentHashMap<>();
    private final Object writers = new Object();
    /** Odd while a write is under way; changed only under {@link #writers}. */
    private volatile long version;

    /**
     * Indexes {@code widget}'s functions under the hints they give for its configuration, replacing
     * whatever the instance had before. A function whose {@code hints} fails is indexed as having
     * none (asked about every message), with a warning.
     *
     * @param type the instance's type; the caller removes, rather than puts, an instance whose
     *             type this build does not have
     */
    public void put(WidgetRef widget, WidgetType type) {
        List<Placement> after = placements(widget, type); // outside the lock: runs widget code
        synchronized (writers) {
            List<Placement> before = byWidget.put(widget.id(), after);
            update(before == null ? List.of() : before, after);
        }
    }

    /** Forgets the instance's functions; nothing happens if it was not indexed. */
    public void remove(long widgetId) {
        synchronized (writers) {
            List<Placement> before = byWidget.remove(widgetId);
            if (before != null) {
                update(before, List.of());
            }
        }
    }

    /**
     * The functions that {@code message} may invalidate, each once: those whose hints admit its
     * category and one of the people it mentions, and those without hints.
     */
    public List<Candidate> candidates(BusMessage message) {
        Set<String> people = MessagePeople.of(message);
        String category = message.category();
        for (int attempt = 0; attempt < OPTIMISTIC_READS; attempt++) {
            long before = version;
            if ((before & 1) == 0) {
                List<Candidate> found = lookUp(category, people);
                if (version == before) {
                    return found;
                }
            }
            Thread.onSpinWait();
        }
        synchronized (writers) {
            return lookUp(category, people);
        }
    }

    /** How many widget instances are indexed. */
    public int size() {
        return byWidget.size();
    }

    private List<Candidate> lookUp(String category, Set<String> people) {
        List<Candidate> found = new ArrayList<>();
        collect(anyCategory, people, found);
        Table ofCategory = byCategory.get(category);
        if (ofCategory != null) {
            collect(ofCategory, people, found);
        }
        return found;
    }

    private static void collect(Table table, Set<String> people, List<Candidate> found) {
        table.anyone.addTo(found);
        if (table.byPerson.isEmpty()) {
            return;
        }
        int from = found.size();
        int buckets = 0;
        for (String person : people) {
            Bucket bucket = table.byPerson.get(person);
            if (bucket != null) {
                bucket.addTo(found);
                buckets++;
            }
        }
        if (buckets > 1) {
            removeRepeats(found, from);
        }
    }

    /**
     * A function that names several people sits in each of their buckets, so a message mentioning
     * two of them finds it twice. Only then is this needed, and a table is probed for one category,
     * so repeats can only come from its person buckets.
     */
    private static void removeRepeats(List<Candidate> found, int from) {
        Set<Candidate> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        int kept = from;
        for (int i = from; i < found.size(); i++) {
            Candidate candidate = found.get(i);
            if (seen.add(candidate)) {
                found.set(kept++, candidate);
            }
        }
        found.subList(kept, found.size()).clear();
    }

    private static List<Placement> placements(WidgetRef widget, WidgetType type) {
        List<Placement> placements = new ArrayList<>();
        RuntimeException failure = null;
        List<String> failedFunctions = new ArrayList<>();
        for (CachedFunction function : type.functions()) {
            Hints hints;
            try {
                hints = Objects.requireNonNull(function.hints(widget.config()), "hints() returned null");
            } catch (RuntimeException e) {
                // Isolation: a broken hint costs this function its narrowing, never its invalidations.
                hints = Hints.NONE;
                failedFunctions.add(function.id());
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
            Candidate candidate = new Candidate(widget, function);
            Set<String> people = normalized(hints.people());
            for (String category : orAny(hints.categories())) {
                for (String person : orAny(people)) {
                    placements.add(new Placement(category, person, candidate));
                }
            }
        }
        if (failure != null) {
            LOG.log(Level.WARNING, failure, () -> type.name() + " " + failedFunctions + " of widget " + widget.id()
                    + " failed giving hints; asked about every message instead");
        }
        return List.copyOf(placements);
    }

    /** People as messages' mentions are compared; "Ralph" and "ralph" are one person, in one bucket. */
    private static Set<String> normalized(Set<String> people) {
        Set<String> normalized = new HashSet<>();
        for (String person : people) {
            normalized.add(MessagePeople.normalize(person));
        }
        return normalized;
    }

    /** The keys of a dimension: the given values, or the one "any" key (null) when there are none. */
    private static Iterable<String> orAny(Set<String> values) {
        return values.isEmpty() ? Collections.singletonList(null) : values;
    }

    /** Moves one instance from {@code before} to {@code after}; the caller holds {@link #writers}. */
    private void update(List<Placement> before, List<Placement> after) {
        Map<Slot, Change> changes = new LinkedHashMap<>();
        for (Placement placement : before) {
            changes.computeIfAbsent(placement.slot(), slot -> new Change()).removed.add(placement.candidate());
        }
        for (Placement placement : after) {
            changes.computeIfAbsent(placement.slot(), slot -> new Change()).added.add(placement.candidate());
        }
        version++; // odd: readers that overlap this write read again
        try {
            changes.forEach(this::apply);
        } finally {
            version++;
        }
    }

    private void apply(Slot slot, Change change) {
        Table table = slot.category() == null ? anyCategory : byCategory.computeIfAbsent(slot.category(), c -> new Table());
        table.set(slot.person(), table.get(slot.person()).without(change.removed).with(change.added));
        if (slot.category() != null && table.isEmpty()) {
            byCategory.remove(slot.category());
        }
    }

    /** One bucket of one function of one instance; null category or person means "any". */
    private record Placement(String category, String person, Candidate candidate) {
        Slot slot() {
            return new Slot(category, person);
        }
    }

    private record Slot(String category, String person) {
    }

    private static final class Change {
        final List<Candidate> removed = new ArrayList<>();
        final List<Candidate> added = new ArrayList<>();
    }

    /** The buckets of one category (or of any category): for anyone, and by person. */
    private static final class Table {
        volatile Bucket anyone = Bucket.EMPTY;
        final Map<String, Bucket> byPerson = new ConcurrentHashMap<>();

        Bucket get(String person) {
            return person == null ? anyone : byPerson.getOrDefault(person, Bucket.EMPTY);
        }

        void set(String person, Bucket bucket) {
            if (person == null) {
                anyone = bucket;
            } else if (bucket.size == 0) {
                byPerson.remove(person);
            } else {
                byPerson.put(person, bucket);
            }
        }

        boolean isEmpty() {
            return anyone.size == 0 && byPerson.isEmpty();
        }
    }

    /**
     * The candidates of one slot: the first {@code size} elements of {@code items}, never changed
     * once published. An append writes past the end of the array, where no published bucket reads,
     * and publishes a longer bucket over the same array: filling a large bucket one instance at a
     * time (at start) is linear. A removal copies.
     */
    private static final class Bucket {
        static final Bucket EMPTY = new Bucket(new Candidate[0], 0);

        final Candidate[] items;
        final int size;

        Bucket(Candidate[] items, int size) {
            this.items = items;
            this.size = size;
        }

        void addTo(List<Candidate> found) {
            for (int i = 0; i < size; i++) {
                found.add(items[i]);
            }
        }

        Bucket without(List<Candidate> gone) {
            if (gone.isEmpty()) {
                return this;
            }
            Candidate[] kept = new Candidate[size];
            int count = 0;
            for (int i = 0; i < size; i++) {
                if (!containsSame(gone, items[i])) {
                    kept[count++] = items[i];
                }
            }
            return new Bucket(kept, count);
        }

        /** Only ever called on the newest bucket of its slot (writes are serialized), so the space past {@code size} is free. */
        Bucket with(List<Candidate> added) {
            if (added.isEmpty()) {
                return this;
            }
            int count = size + added.size();
            Candidate[] target = count <= items.length ? items : Arrays.copyOf(items, Math.max(count, size + (size >> 1)));
            for (int i = size; i < count; i++) {
                target[i] = added.get(i - size);
            }
            return new Bucket(target, count);
        }

        private static boolean containsSame(List<Candidate> candidates, Candidate candidate) {
            for (Candidate each : candidates) {
                if (each == candidate) {
                    return true;
                }
            }
            return false;
        }
    }
}
