package io.orderdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The databases the store tests run on: H2 always, PostgreSQL too when {@code ORDERDESK_TEST_PG_URL} is set (with
 * {@code ORDERDESK_TEST_PG_USER} and {@code ORDERDESK_TEST_PG_PASSWORD}). Every test gets an empty database: a new
 * H2 file in its temporary folder, or a new PostgreSQL schema that is dropped afterwards.
 */
enum TestDatabase {
    H2,
    POSTGRESQL;

    static final String PG_URL = System.getenv("ORDERDESK_TEST_PG_URL");

    static Stream<TestDatabase> available() {
        return PG_URL == null || PG_URL.isBlank() ? Stream.of(H2) : Stream.of(H2, POSTGRESQL);
    }

    /** A fresh empty database for one test; its key folders live under {@code dir}. */
    Fresh fresh(Path dir) {
        return this == H2 ? new Fresh(dir, null) : new Fresh(dir, createSchema());
    }

    /** One test's database. Close it after the stores opened on it. */
    static final class Fresh implements AutoCloseable {

        private final Path dir;
        private final String schema;

        private Fresh(Path dir, String schema) {
            this.dir = dir;
            this.schema = schema;
        }

        /** A store on this database, as the first PC (for H2, opened exactly as the app opens it). */
        Store open() {
            return schema == null ? Store.openLocal(dir.resolve("h2")) : openAs("pc-a");
        }

        /** Another store on the same database, as a PC whose data folder (and so secret key) is {@code pc}. */
        Store openAs(String pc) {
            Path keys = dir.resolve(pc);
            return schema == null
                    ? Store.open(Store.localUrl(dir.resolve("h2")), Store.LOCAL_USER, "", keys)
                    : Store.open(schemaUrl(), pgUser(), pgPassword(), keys);
        }

        /** A plain JDBC connection to the same database, for looking at raw columns. */
        Connection rawConnection() throws SQLException {
            return schema == null
                    ? DriverManager.getConnection(Store.localUrl(dir.resolve("h2")), Store.LOCAL_USER, "")
                    : DriverManager.getConnection(schemaUrl(), pgUser(), pgPassword());
        }

        @Override
        public void close() throws SQLException {
            if (schema != null) {
                try (Connection connection = DriverManager.getConnection(PG_URL, pgUser(), pgPassword());
                     Statement statement = connection.createStatement()) {
                    statement.execute("drop schema " + schema + " cascade");
                }
            }
        }

        private String schemaUrl() {
            return PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }
    }

    private static String createSchema() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(PG_URL, pgUser(), pgPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test schema on " + PG_URL, e);
        }
        return schema;
    }

    private static String pgUser() {
        return System.getenv("ORDERDESK_TEST_PG_USER");
    }

    private static String pgPassword() {
        return System.getenv("ORDERDESK_TEST_PG_PASSWORD");
    }
}
