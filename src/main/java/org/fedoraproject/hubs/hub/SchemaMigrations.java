package org.fedoraproject.hubs.hub;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
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
import javax.sql.DataSource;
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

    /**
     * The same reference persistence.xml uses, so the schema and the entities always share a database
     * (web.xml declares it, {@code jboss-web.xml} and {@code glassfish-web.xml} map it; on WildFly {@code hubs.db.datasource}
     * chooses which).
     */
    @Resource(lookup = "java:comp/env/jdbc/hubs")
    DataSource dataSource;

    @Inject
    WidgetDirectory directory;

    private Database database;

    /** What the operators' page shows of the database: which product, and at which schema version. */
    public record Database(String dataSource, String product, String schemaVersion) {
    }

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        database = describe(version);
        LOG.info(() -> "Database " + database.product() + " (" + database.dataSource() + ") is at schema version "
                + version + "; " + result.migrationsExecuted + " migration(s) applied now");
        directory.size(); // loads every widget instance for triage, now that the tables exist
    }

    public Database database() {
        return database;
    }

    /** Whether the database answers now: a connection from the pool that is valid within two seconds. */
    public boolean reachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | IllegalStateException e) {
            LOG.warning(() -> "The database does not answer: " + e);
            return false;
        }
    }

    /** The database as its driver describes it: where (the JDBC URL) and which product. */
    private Database describe(String schemaVersion) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return new Database(meta.getURL(), meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion(),
                    schemaVersion);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database's name", e);
        }
    }
}
