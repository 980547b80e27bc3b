package io.orderdesk.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.flywaydb.core.Flyway;

/** Connects a small pool to the database and brings its schema up to date. */
final class StoreDatabase {

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
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            return pool;
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreException("Cannot bring the database schema up to date: " + e.getMessage(), e);
        }
    }

    /** The URL without its query string, which may carry a password. */
    static String withoutParameters(String jdbcUrl) {
        int parameters = jdbcUrl.indexOf('?');
        return parameters < 0 ? jdbcUrl : jdbcUrl.substring(0, parameters);
    }
}
