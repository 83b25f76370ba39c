package org.fedoraproject.hubs.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * For the PostgreSQL run of the persistence tests ({@code it.postgresql.schema} set): gives the
 * server an empty schema before any test starts it, so every run begins from the migrations
 * (the database itself is shared and outlives the run). Does nothing in other runs.
 */
public class PostgreSqlSchema implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String schema = System.getProperty("it.postgresql.schema");
        if (schema == null) {
            return;
        }
        if (!schema.matches("[a-z_]+")) {
            throw new IllegalArgumentException("it.postgresql.schema must be a plain lower-case name: " + schema);
        }
        try (Connection connection = DriverManager.getConnection(System.getProperty("it.postgresql.url"),
                System.getProperty("it.postgresql.user"), "");
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
            statement.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare schema " + schema + " for the PostgreSQL run: is PostgreSQL up?", e);
        }
    }
}
