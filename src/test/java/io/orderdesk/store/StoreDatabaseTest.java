package io.orderdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Opening a store whose schema is already current skips Flyway; anything else still goes through it. */
class StoreDatabaseTest extends OnEachDatabase {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void latestVersionIsTheNewestMigrationFile() throws IOException, URISyntaxException {
        Path folder = Path.of(StoreDatabase.class.getResource("/db/migration").toURI());
        int newest;
        try (Stream<Path> files = Files.list(folder)) {
            newest = files.map(file -> MIGRATION.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches).mapToInt(match -> Integer.parseInt(match.group(1))).max().orElseThrow();
        }

        assertThat(StoreDatabase.LATEST_VERSION).as("raise LATEST_VERSION with each new migration").isEqualTo(newest);
    }

    @Test
    void aCurrentSchemaOpensWithoutFlyway() throws SQLException {
        store.close();
        // Flyway validates checksums before it migrates: a tampered one would stop it, so opening proves it was skipped.
        execute("update \"flyway_schema_history\" set \"checksum\" = 12345 where \"version\" = '1'");

        store = db.openAs("pc-b");

        assertThat(store.productOrders().count()).isZero();
    }

    @Test
    void aFailedStepInTheHistoryGoesToFlyway() throws SQLException {
        store.close();
        setLatestSucceeded(false);

        // Flyway refuses a history with a failed step; skipping it would have opened the store.
        assertThatThrownBy(() -> db.openAs("pc-b")).isInstanceOf(StoreException.class).hasMessageContaining("schema");

        setLatestSucceeded(true);
        store = db.openAs("pc-c");
    }

    @Test
    void anOlderSchemaIsMigrated() throws SQLException {
        store.close();
        execute("delete from \"flyway_schema_history\" where \"version\" = '" + StoreDatabase.LATEST_VERSION + "'");
        execute("drop index product_order_browse");
        execute("create index product_order_payment_date on product_order (payment_date)");

        store = db.openAs("pc-b");

        assertThat(count("select count(*) from \"flyway_schema_history\" where \"version\" = '"
                + StoreDatabase.LATEST_VERSION + "' and \"success\" = true")).isEqualTo(1);
    }

    private void setLatestSucceeded(boolean succeeded) throws SQLException {
        execute("update \"flyway_schema_history\" set \"success\" = " + succeeded + " where \"version\" = '"
                + StoreDatabase.LATEST_VERSION + "'");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = db.rawConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private int count(String sql) throws SQLException {
        try (Connection connection = db.rawConnection(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
