package io.orderdesk.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only audit log of staff actions: every submit, call, result, skip, settlement and resend, with the
 * operator, the product orders, the API's code and message and the trace ID. The {@link Outbox} appends to it in the
 * same transaction as the change it records, so the log never disagrees with the outbox. Rows are never changed.
 */
public final class AuditLog {

    private final Jdbc jdbc;

    AuditLog(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends one entry (its id is ignored). */
    public void append(AuditEntry entry) {
        jdbc.call(connection -> {
            AuditRows.insert(connection, List.of(entry));
            return null;
        });
    }

    /** The latest entries, newest first. */
    public List<AuditEntry> recent(int limit) {
        return select(" order by id desc fetch first ? rows only", statement -> statement.setInt(1, limit));
    }

    /** Every entry of one outbox action, oldest first. */
    public List<AuditEntry> forAction(long actionId) {
        return select(" where action_id = ? order by id", statement -> statement.setLong(1, actionId));
    }

    /** Every entry that names this product order, oldest first. */
    public List<AuditEntry> forProductOrder(String productOrderId) {
        return select(" where ',' || product_order_ids || ',' like ? order by id",
                statement -> statement.setString(1, "%," + productOrderId + ",%"));
    }

    /**
     * Writes the entries logged in {@code [from, to)} (either end {@code null} for open) as CSV for Excel: UTF-8 with
     * a byte-order mark, Korean headers, times in Korea time, one row per entry, oldest first. Leaves {@code out}
     * open.
     *
     * @return the number of entries written
     */
    public int exportCsv(OutputStream out, Instant from, Instant to) {
        return jdbc.call(connection -> {
            String where = " where 1 = 1" + (from == null ? "" : " and logged_at >= ?")
                    + (to == null ? "" : " and logged_at < ?");
            try (PreparedStatement select = connection.prepareStatement(AuditRows.SELECT + where + " order by id")) {
                int index = 1;
                if (from != null) {
                    Sql.setInstant(select, index++, from);
                }
                if (to != null) {
                    Sql.setInstant(select, index, to);
                }
                try (ResultSet rows = select.executeQuery(); AuditCsv csv = new AuditCsv(out)) {
                    int count = 0;
                    while (rows.next()) {
                        csv.write(AuditRows.read(rows));
                        count++;
                    }
                    return count;
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot write the audit export", e);
                }
            }
        });
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<AuditEntry> select(String tail, Binder binder) {
        return jdbc.call(connection -> {
            List<AuditEntry> entries = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(AuditRows.SELECT + tail)) {
                binder.bind(select);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(AuditRows.read(rows));
                    }
                }
            }
            return entries;
        });
    }
}
