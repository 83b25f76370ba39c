package org.fedoraproject.hubs.widgets.activity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of the activity tables ({@code db/migration/V2__activity.sql}) on one connection, in the
 * caller's transaction. Plain JDBC, portable between H2 and PostgreSQL; times as
 * {@link OffsetDateTime} (JDBC 4.2), which both drivers map to {@code timestamp with time zone}.
 */
final class ActivityRows {

    private final Connection connection;

    ActivityRows(Connection connection) {
        this.connection = connection;
    }

    /**
     * Adds the items not yet kept for the instance and people, then keeps only the newest
     * {@code cap} of them and nothing recorded for other people.
     *
     * @return how many items were new
     */
    int add(long widgetId, String peopleKey, List<ActivityItem> items, int cap) throws SQLException {
        int added = 0;
        for (ActivityItem item : items) {
            if (!kept(widgetId, peopleKey, item.key())) {
                insert(widgetId, peopleKey, item);
                added++;
            }
        }
        forgetOtherPeople(widgetId, peopleKey);
        delete(beyondCap(idsNewestFirst(widgetId, peopleKey), cap));
        return added;
    }

    /** The newest {@code cap} items of the instance and people, newest first. */
    List<ActivityItem> newest(long widgetId, String peopleKey, int cap) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select message_key, sent_at, summary, link from activity_item where widget_id = ? and people_key = ?"
                        + " order by sent_at desc, id desc")) {
            select.setLong(1, widgetId);
            select.setString(2, peopleKey);
            select.setMaxRows(cap);
            List<ActivityItem> items = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(new ActivityItem(rows.getString(1), rows.getObject(2, OffsetDateTime.class).toInstant(),
                            rows.getString(3), rows.getString(4)));
                }
            }
            return items;
        }
    }

    boolean backfilled(long widgetId, String peopleKey) throws SQLException {
        return exists("select 1 from activity_backfill where widget_id = ? and people_key = ?", widgetId, peopleKey, null);
    }

    void markBackfilled(long widgetId, String peopleKey, Instant at) throws SQLException {
        if (backfilled(widgetId, peopleKey)) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into activity_backfill (widget_id, people_key, done_at) values (?, ?, ?)")) {
            insert.setLong(1, widgetId);
            insert.setString(2, peopleKey);
            insert.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    /** The ids past the first {@code cap} of a list ordered newest first: the rows to delete. */
    static List<Long> beyondCap(List<Long> newestFirst, int cap) {
        return newestFirst.size() <= cap ? List.of() : newestFirst.subList(cap, newestFirst.size());
    }

    private boolean kept(long widgetId, String peopleKey, String messageKey) throws SQLException {
        return exists("select 1 from activity_item where widget_id = ? and people_key = ? and message_key = ?",
                widgetId, peopleKey, messageKey);
    }

    private boolean exists(String sql, long widgetId, String peopleKey, String messageKey) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, widgetId);
            select.setString(2, peopleKey);
            if (messageKey != null) {
                select.setString(3, messageKey);
            }
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private void insert(long widgetId, String peopleKey, ActivityItem item) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into activity_item"
                + " (widget_id, people_key, message_key, sent_at, summary, link) values (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, widgetId);
            insert.setString(2, peopleKey);
            insert.setString(3, item.key());
            insert.setObject(4, OffsetDateTime.ofInstant(item.sentAt(), ZoneOffset.UTC));
            insert.setString(5, item.summary());
            insert.setString(6, item.link());
            insert.executeUpdate();
        }
    }

    /** Rows and backfills of an older configuration's people: never shown again. */
    private void forgetOtherPeople(long widgetId, String peopleKey) throws SQLException {
        for (String table : List.of("activity_item", "activity_backfill")) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from " + table + " where widget_id = ? and people_key <> ?")) {
                delete.setLong(1, widgetId);
                delete.setString(2, peopleKey);
                delete.executeUpdate();
            }
        }
    }

    private List<Long> idsNewestFirst(long widgetId, String peopleKey) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select id from activity_item where widget_id = ? and people_key = ? order by sent_at desc, id desc")) {
            select.setLong(1, widgetId);
            select.setString(2, peopleKey);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    private void delete(List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("delete from activity_item where id = ?")) {
            for (long id : ids) {
                delete.setLong(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }
}
