package io.orderdesk.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Connects a small pool to the database and brings its schema up to date. */
final class StoreDatabase {

    /**
     * The version of the newest migration under {@code db/migration}. A database whose schema history already ends
     * there, with no failed step, opens without Flyway: loading and running it costs about half a second of every
     * start, and nothing would change. {@code StoreDatabaseTest} fails when a migration is added without raising
     * this.
     */
    static final int LATEST_VERSION = 5;

    private static final Logger LOG = LoggerFactory.getLogger(StoreDatabase.class);

    private StoreDatabase() {
    }

    /**
     * A pool of at most four connections (the UI reads, one sync writes) with the Flyway migrations applied. Two
     * instances starting together are safe: Flyway locks the schema history while it migrates.
     */
    static HikariDataSource open(String jdbcUrl, String user, String password) {
        // H2 reads this once, when its first database opens in this JVM; buyer data must not reach the network.
        System.getProperties().putIfAbsent("h2.bindAddress", "127.0.0.1");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setPoolName("order-desk-store");
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(Duration.ofSeconds(15).toMillis());
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("Cannot connect to the database " + withoutParameters(jdbcUrl), e);
        }
        try {
            if (upToDate(pool)) {
                LOG.debug("Schema at version {}; Flyway not needed", LATEST_VERSION);
            } else {
                Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            }
            return pool;
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreException("Cannot bring the database schema up to date: " + e.getMessage(), e);
        }
    }

    /**
     * True when Flyway's schema history says every migration up to {@link #LATEST_VERSION} succeeded and none failed.
     * A database without the history table (new, or not ours) or with anything unexpected in it goes to Flyway.
     */
    static boolean upToDate(HikariDataSource pool) {
        try (Connection connection = pool.getConnection()) {
            // Asked first so that a new database does not answer with an error, which H2 would write to a
            // .trace.db file beside the store.
            try (ResultSet tables = connection.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
                if (!tables.next()) {
                    return false;
                }
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "select \"version\", \"success\" from \"flyway_schema_history\"")) {
                return endsAtLatest(rows);
            }
        } catch (SQLException | NumberFormatException e) {
            return false;
        }
    }

    /** True when every step succeeded and the highest version is {@link #LATEST_VERSION}. */
    private static boolean endsAtLatest(ResultSet rows) throws SQLException {
        int highest = -1;
        while (rows.next()) {
            String version = rows.getString(1);
            if (!rows.getBoolean(2)) {
                return false;
            }
            if (version != null) {
                highest = Math.max(highest, Integer.parseInt(version.trim()));
            }
        }
        return highest == LATEST_VERSION;
    }

    /** The URL without its query string, which may carry a password. */
    static String withoutParameters(String jdbcUrl) {
        int parameters = jdbcUrl.indexOf('?');
        return parameters < 0 ? jdbcUrl : jdbcUrl.substring(0, parameters);
    }
}
