package org.fedoraproject.hubs.widgets.activity;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The activity items kept in the database, per widget instance and configured people (see
 * {@link ActivityRows}). Writes commit in a transaction of their own before returning: triage
 * records a message, then queues the rebuild that reads it, which may run before triage's own
 * transaction commits (see {@link org.fedoraproject.hubs.widget.MessageLog}). Failures are
 * {@link PersistenceException}s, which roll that transaction back.
 */
@ApplicationScoped
public class ActivityLog {

    /** The data source of the hubs' tables, the one {@code SchemaMigrations} migrates. */
    @Resource(lookup = "java:comp/env/jdbc/hubs")
    DataSource dataSource;

    private final Clock clock = Clock.systemUTC();

    /** Keeps the items not yet kept for the instance and people; the instance keeps its newest {@code cap}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(long widgetId, Set<String> people, List<ActivityItem> items, int cap) {
        write(widgetId, rows -> rows.add(widgetId, key(people), items, cap));
    }

    /** {@link #record}s what datagrepper had for the people, and that the backfill is done. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void backfilled(long widgetId, Set<String> people, List<ActivityItem> items, int cap) {
        write(widgetId, rows -> {
            rows.add(widgetId, key(people), items, cap);
            rows.markBackfilled(widgetId, key(people), clock.instant());
        });
    }

    public boolean isBackfilled(long widgetId, Set<String> people) {
        return withRows(widgetId, rows -> rows.backfilled(widgetId, key(people)));
    }

    /** The instance's newest {@code cap} items for the people, newest first. */
    public List<ActivityItem> newest(long widgetId, Set<String> people, int cap) {
        return withRows(widgetId, rows -> rows.newest(widgetId, key(people), cap));
    }

    /** What the rows of a set of people are kept under: a digest of the names, sorted, so their order does not matter. */
    static String key(Set<String> people) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join(",", new TreeSet<>(people)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T on(ActivityRows rows) throws SQLException;
    }

    @FunctionalInterface
    private interface Change {
        void on(ActivityRows rows) throws SQLException;
    }

    private void write(long widgetId, Change change) {
        withRows(widgetId, rows -> {
            change.on(rows);
            return null;
        });
    }

    private <T> T withRows(long widgetId, Work<T> work) {
        // The connection takes part in the current JTA transaction; closing it returns it to the pool.
        try (Connection connection = dataSource.getConnection()) {
            return work.on(new ActivityRows(connection));
        } catch (SQLException e) {
            throw new PersistenceException("activity of widget " + widgetId + ": " + e.getMessage(), e);
        }
    }
}
