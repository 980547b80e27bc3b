package io.orderdesk.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Writes a page of product orders and one history row per new or changed line, on the caller's transaction. */
final class ProductOrderWriter {

    private static final int IN_LIST_CHUNK = 500;
    private static final String HISTORY_INSERT = "insert into product_order_history"
            + " (product_order_id, seen_at, last_changed_date, last_changed_type, changes) values (?, ?, ?, ?, ?)";

    /** What one upsert wrote: the result for the caller, and the stored versions for the index. */
    record Written(UpsertResult result, List<IndexedRow> stored) {
    }

    /** A stored line as far as the upsert needs it: its columns, a digest of its JSON and its row version. */
    private record Existing(OrderSummary summary, String sha256, int version) {
    }

    private final Connection connection;

    ProductOrderWriter(Connection connection) {
        this.connection = connection;
    }

    /**
     * Upserts the rows. Concurrency is optimistic: an update only applies to the version that was read, and if
     * another writer changed a line in between, the whole upsert fails and its transaction rolls back, so no
     * history entry is ever computed against a stale version. (Row locks, {@code select for update}, were tried:
     * on H2 they cost as much as writing the rows.)
     */
    Written upsert(List<StoredProductOrder> rows) throws SQLException {
        Instant now = Sql.now(connection);
        Map<String, Existing> current = readExisting(rows);
        List<IndexedRow> stored = new ArrayList<>();
        Set<String> inserted = new LinkedHashSet<>();
        Set<String> updated = new LinkedHashSet<>();
        int unchanged = 0;
        try (PreparedStatement insert = connection.prepareStatement(ProductOrderColumns.INSERT);
             PreparedStatement insertDetail = connection.prepareStatement(ProductOrderColumns.INSERT_DETAIL);
             PreparedStatement update = connection.prepareStatement(ProductOrderColumns.UPDATE);
             PreparedStatement updateDetail = connection.prepareStatement(ProductOrderColumns.UPDATE_DETAIL);
             PreparedStatement history = connection.prepareStatement(HISTORY_INSERT)) {
            for (StoredProductOrder incoming : rows) {
                Existing before = current.get(incoming.productOrderId());
                StoredProductOrder row = before != null && incoming.summary().lastChangedDate() == null
                        ? incoming.withChangeInfoOf(before.summary()) : incoming;
                String sha256 = sha256(row.detailJson());
                if (before != null && (isSameVersion(before, row, sha256) || isOlder(row, before))) {
                    unchanged++;
                    continue;
                }
                if (before == null) {
                    add(insert, insertDetail, row, sha256, now, 0);
                    inserted.add(row.productOrderId());
                } else {
                    add(update, updateDetail, row, sha256, now, before.version());
                    if (!inserted.contains(row.productOrderId())) {
                        updated.add(row.productOrderId());
                    }
                }
                addHistory(history, before == null ? null : before.summary(), row, now);
                int version = before == null ? 1 : before.version() + 1;
                current.put(row.productOrderId(), new Existing(row.summary(), sha256, version));
                stored.add(new IndexedRow(row.summary(), version, now));
            }
            // Inserts first: a line that appears twice in one page is inserted, then updated.
            try {
                insert.executeBatch();
            } catch (SQLException e) {
                throw Sql.UNIQUE_VIOLATION.equals(e.getSQLState()) ? concurrentWrite(e) : e;
            }
            insertDetail.executeBatch();
            for (int count : update.executeBatch()) {
                if (count == 0) {
                    throw concurrentWrite(null);
                }
            }
            updateDetail.executeBatch();
            history.executeBatch();
        }
        return new Written(new UpsertResult(List.copyOf(inserted), List.copyOf(updated), unchanged), stored);
    }

    private static boolean isSameVersion(Existing stored, StoredProductOrder row, String sha256) {
        return stored.sha256().equals(sha256)
                && Objects.equals(stored.summary().lastChangedDate(), row.summary().lastChangedDate());
    }

    /** A late page must not undo a newer change; Naver's change time only moves forward. */
    private static boolean isOlder(StoredProductOrder row, Existing stored) {
        Instant storedChange = stored.summary().lastChangedDate();
        Instant change = row.summary().lastChangedDate();
        return storedChange != null && change != null && change.isBefore(storedChange);
    }

    private static SQLException concurrentWrite(SQLException cause) {
        return new SQLException("Another writer stored some of these product orders at the same time;"
                + " nothing was written, try the page again", "40001", cause);
    }

    private Map<String, Existing> readExisting(List<StoredProductOrder> rows) throws SQLException {
        List<String> ids = rows.stream().map(StoredProductOrder::productOrderId).distinct().toList();
        Map<String, Existing> existing = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IN_LIST_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST_CHUNK));
            String sql = "select " + ProductOrderColumns.SUMMARY_LIST + ", detail_sha256, row_version"
                    + " from product_order where product_order_id in (" + Sql.placeholders(chunk.size()) + ")";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        OrderSummary summary = ProductOrderColumns.readSummary(result);
                        int after = ProductOrderColumns.afterSummary();
                        existing.put(summary.productOrderId(),
                                new Existing(summary, result.getString(after), result.getInt(after + 1)));
                    }
                }
            }
        }
        return existing;
    }

    /** Adds the row to the insert (version 0) or update batches of the summary and of the detail table. */
    private static void add(PreparedStatement summary, PreparedStatement detail, StoredProductOrder row,
                            String sha256, Instant now, int version) throws SQLException {
        boolean isUpdate = version > 0;
        int next = ProductOrderColumns.bind(summary, 1, row.summary(), !isUpdate);
        summary.setString(next, sha256);
        Sql.setInstant(summary, next + 1, now);
        if (isUpdate) {
            summary.setString(next + 2, row.productOrderId());
            summary.setInt(next + 3, version);
        }
        summary.addBatch();
        detail.setString(1, row.detailJson());
        detail.setString(2, row.productOrderId());
        detail.addBatch();
    }

    private static void addHistory(PreparedStatement history, OrderSummary before, StoredProductOrder row,
                                   Instant now) throws SQLException {
        history.setString(1, row.productOrderId());
        Sql.setInstant(history, 2, now);
        Sql.setInstant(history, 3, row.summary().lastChangedDate());
        history.setString(4, row.summary().lastChangedType());
        history.setString(5, ChangeSet.toJson(ChangeSet.between(before, row.summary())));
        history.addBatch();
    }

    private static String sha256(String json) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
