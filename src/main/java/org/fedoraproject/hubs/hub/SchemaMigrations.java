package org.fedoraproject.hubs.hub;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the version this WAR needs (Flyway, {@code db/migration}) before
 * anything reads it, then loads the widget directory. Startup beans that use the database depend
 * on this one. Flyway commits its own work, so the bean runs outside container transactions.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@Lock(LockType.READ)
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    /** The same name persistence.xml reads, so the schema and the entities always share a database. */
    @Inject
    @ConfigProperty(name = "hubs.db.datasource", defaultValue = "java:jboss/datasources/HubsDS")
    String dataSourceName;

    @Inject
    WidgetDirectory directory;

    private Database database;

    /** What the operators' page shows of the database: which product, and at which schema version. */
    public record Database(String dataSource, String product, String schemaVersion) {
    }

    @PostConstruct
    void migrate() {
        DataSource dataSource = dataSource();
        MigrateResult result = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        database = new Database(dataSourceName, product(dataSource), version);
        LOG.info(() -> "Database " + database.product() + " (" + dataSourceName + ") is at schema version "
                + version + "; " + result.migrationsExecuted + " migration(s) applied now");
        directory.size(); // loads every widget instance for triage, now that the tables exist
    }

    public Database database() {
        return database;
    }

    /** Whether the database answers now: a connection from the pool that is valid within two seconds. */
    public boolean reachable() {
        try (Connection connection = dataSource().getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | IllegalStateException e) {
            LOG.warning(() -> "The database does not answer: " + e);
            return false;
        }
    }

    private DataSource dataSource() {
        try {
            return (DataSource) new InitialContext().lookup(dataSourceName);
        } catch (NamingException e) {
            throw new IllegalStateException("hubs.db.datasource names no data source: " + dataSourceName, e);
        }
    }

    private static String product(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database's name", e);
        }
    }
}
