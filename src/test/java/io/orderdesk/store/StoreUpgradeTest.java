package io.orderdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An installed upgrade keeps the data: a data folder written by an older release (schema V1–V2 only) is opened by
 * this release, which migrates it in place and still sees the old rows.
 */
class StoreUpgradeTest {

    private static final String OLD_RELEASE = "2";

    @TempDir
    Path folder;

    @Test
    void aStoreFromAnOlderReleaseIsMigratedWithItsRowsKept() throws SQLException {
        String url = Store.localUrl(folder);
        Flyway old = Flyway.configure().dataSource(url, Store.LOCAL_USER, "").locations("classpath:db/migration")
                .target(MigrationVersion.fromVersion(OLD_RELEASE)).load();
        old.migrate();
        try (Connection connection = DriverManager.getConnection(url, Store.LOCAL_USER, "");
             Statement sql = connection.createStatement()) {
            assertThat(tableExists(sql, "OUTBOX_ACTION")).as("V3 not applied yet").isFalse();
            sql.executeUpdate("insert into product_order (product_order_id, order_id, detail_sha256, row_version,"
                    + " product_order_status, receiver_name, address_changed, delayed, stored_at)"
                    + " values ('2026112800001', '2026112810001', '" + "0".repeat(64) + "', 1, 'PAYED', '김하늘',"
                    + " false, false, timestamp with time zone '2026-11-28 10:00:00+00')");
            sql.executeUpdate("insert into product_order_detail (product_order_id, detail_json)"
                    + " values ('2026112800001', '{\"productOrder\":{}}')");
            sql.executeUpdate("insert into app_setting (name, setting_value, updated_at)"
                    + " values ('upgrade.marker', 'kept', current_timestamp)");
            sql.executeUpdate("insert into sync_pending (product_order_id, reason, attempts, first_seen, last_tried)"
                    + " values ('2026112800002', 'timeout', 1, current_timestamp, current_timestamp)");
        }

        try (Store store = Store.openLocal(folder)) {
            assertThat(store.productOrders().count()).isEqualTo(1);
            assertThat(store.settings().get("upgrade.marker")).contains("kept");
            store.jdbc().call(connection -> {
                try (Statement sql = connection.createStatement()) {
                    assertThat(tableExists(sql, "OUTBOX_ACTION")).isTrue();
                    assertThat(tableExists(sql, "OUTBOX_LINE")).isTrue();
                    assertThat(tableExists(sql, "AUDIT_LOG")).isTrue();
                    assertThat(tableExists(sql, "REVIEW")).isTrue();
                    assertThat(count(sql, "select count(*) from sync_pending")).isEqualTo(1);
                    assertThat(count(sql, "select count(*) from product_order where receiver_name = '김하늘'"))
                            .isEqualTo(1);
                }
                return null;
            });
        }

        Flyway now = Flyway.configure().dataSource(url, Store.LOCAL_USER, "").locations("classpath:db/migration")
                .load();
        assertThat(now.info().pending()).isEmpty();
        assertThat(now.info().current().getVersion()).isGreaterThan(MigrationVersion.fromVersion(OLD_RELEASE));
    }

    private static boolean tableExists(Statement sql, String table) throws SQLException {
        return count(sql, "select count(*) from information_schema.tables where table_name = '" + table + "'") == 1;
    }

    private static int count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
