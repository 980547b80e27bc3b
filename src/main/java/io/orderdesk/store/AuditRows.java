package io.orderdesk.store;

import io.orderdesk.domain.ActionLineState;
import io.orderdesk.domain.OrderAction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/** The audit_log columns once: appending a row on the caller's connection, and reading one back. */
final class AuditRows {

    static final String SELECT = "select id, logged_at, operator, action_id, action_code, product_order_ids,"
            + " event, outcome, code, message, trace_id from audit_log";
    private static final String INSERT = "insert into audit_log (logged_at, operator, action_id, action_code,"
            + " product_order_ids, event, outcome, code, message, trace_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String ID_SEPARATOR = ",";

    private AuditRows() {
    }

    /** Appends the entries on {@code connection}, so they commit with whatever else it writes. */
    static void insert(Connection connection, List<AuditEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (AuditEntry entry : entries) {
                Sql.setInstant(insert, 1, entry.at());
                insert.setString(2, entry.operator());
                Sql.setLong(insert, 3, entry.actionId());
                insert.setString(4, entry.action() == null ? null : entry.action().name());
                insert.setString(5, String.join(ID_SEPARATOR, entry.productOrderIds()));
                insert.setString(6, entry.event().name());
                insert.setString(7, entry.outcome() == null ? null : entry.outcome().name());
                insert.setString(8, entry.code());
                insert.setString(9, entry.message());
                insert.setString(10, entry.traceId());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The entry at the result's current row, as selected by {@link #SELECT}. */
    static AuditEntry read(ResultSet rows) throws SQLException {
        String ids = rows.getString("product_order_ids");
        String action = rows.getString("action_code");
        String outcome = rows.getString("outcome");
        return new AuditEntry(rows.getLong("id"), Sql.getInstant(rows, "logged_at"), rows.getString("operator"),
                Sql.getLong(rows, 4), action == null ? null : OrderAction.valueOf(action),
                ids.isEmpty() ? List.of() : Arrays.asList(ids.split(ID_SEPARATOR)),
                AuditEvent.valueOf(rows.getString("event")), outcome == null ? null : ActionLineState.valueOf(outcome),
                rows.getString("code"), rows.getString("message"), rows.getString("trace_id"));
    }
}
