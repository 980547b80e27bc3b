package io.orderdesk.store;

import static io.orderdesk.domain.ActionLineState.PENDING;
import static io.orderdesk.domain.ActionLineState.SENDING;

import io.orderdesk.domain.ActionLineState;
import io.orderdesk.store.OutboxRows.Row;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The outbox's state changes, each with its audit entries, on the caller's transaction. */
final class OutboxMoves {

    private static final String MOVE = "update outbox_line set state = ?, result_code = ?, result_message = ?,"
            + " trace_id = ?, note = ?, receiver_address_changed = coalesce(?, receiver_address_changed),"
            + " updated_at = ? where id = ? and state = ?";

    static void insertLines(Connection connection, long actionId, NewAction action) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into outbox_line (action_id,"
                + " product_order_id, input_json, base_status, base_place_order_status, base_claim_type,"
                + " base_claim_status, base_holdback_status, base_delayed, base_address_changed, base_address_key,"
                + " state, attempts, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
            for (NewAction.Line line : action.lines()) {
                LineBaseline base = line.baseline();
                insert.setLong(1, actionId);
                insert.setString(2, line.productOrderId());
                insert.setString(3, line.inputJson());
                insert.setString(4, base.productOrderStatus());
                insert.setString(5, base.placeOrderStatus());
                insert.setString(6, base.claimType());
                insert.setString(7, base.claimStatus());
                insert.setString(8, base.holdbackStatus());
                insert.setBoolean(9, base.delayed());
                insert.setBoolean(10, base.addressChanged());
                insert.setString(11, base.addressKey());
                insert.setString(12, PENDING.name());
                Sql.setInstant(insert, 13, action.at());
                Sql.setInstant(insert, 14, action.at());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    List<Row> claim(Connection connection, List<Long> lineIds, Instant at) throws SQLException {
        List<Long> claimed = new ArrayList<>();
        try (PreparedStatement update = connection.prepareStatement("update outbox_line set state = ?,"
                + " attempts = attempts + 1, sent_at = ?, updated_at = ? where id = ? and state = ?")) {
            for (Long id : lineIds) {
                update.setString(1, SENDING.name());
                Sql.setInstant(update, 2, at);
                Sql.setInstant(update, 3, at);
                update.setLong(4, id);
                update.setString(5, PENDING.name());
                if (update.executeUpdate() == 1) {
                    claimed.add(id);
                }
            }
        }
        List<Row> rows = OutboxRows.byIds(connection, claimed);
        auditPerAction(connection, rows, AuditEvent.SENT, SENDING, null, null, at);
        return rows;
    }

    int move(Connection connection, List<LineOutcome> outcomes, ActionLineState from, AuditEvent event, Instant at)
            throws SQLException {
        List<Long> moved = new ArrayList<>();
        Map<Long, LineOutcome> byId = new HashMap<>();
        try (PreparedStatement update = connection.prepareStatement(MOVE)) {
            for (LineOutcome outcome : outcomes) {
                update.setString(1, outcome.state().name());
                update.setString(2, outcome.code());
                update.setString(3, outcome.message());
                update.setString(4, outcome.traceId());
                update.setString(5, outcome.note());
                OutboxRows.setBoolean(update, 6, outcome.receiverAddressChanged());
                Sql.setInstant(update, 7, at);
                update.setLong(8, outcome.lineId());
                update.setString(9, from.name());
                if (update.executeUpdate() == 1) {
                    moved.add(outcome.lineId());
                    byId.put(outcome.lineId(), outcome);
                }
            }
        }
        List<AuditEntry> entries = new ArrayList<>();
        for (Row row : OutboxRows.byIds(connection, moved)) {
            LineOutcome outcome = byId.get(row.line().id());
            String message = outcome.message() != null ? outcome.message() : outcome.note();
            entries.add(entry(row, List.of(row.line().productOrderId()), event, outcome.state(), outcome.code(),
                    message, outcome.traceId(), at));
        }
        AuditRows.insert(connection, entries);
        return moved.size();
    }

    int notSent(Connection connection, List<Long> lineIds, String code, String message, Instant at)
            throws SQLException {
        List<Long> moved = new ArrayList<>();
        try (PreparedStatement update = connection.prepareStatement("update outbox_line set state = ?,"
                + " attempts = attempts - 1, result_code = ?, result_message = ?, updated_at = ?"
                + " where id = ? and state = ?")) {
            for (Long id : lineIds) {
                update.setString(1, PENDING.name());
                update.setString(2, code);
                update.setString(3, message);
                Sql.setInstant(update, 4, at);
                update.setLong(5, id);
                update.setString(6, SENDING.name());
                if (update.executeUpdate() == 1) {
                    moved.add(id);
                }
            }
        }
        auditPerAction(connection, OutboxRows.byIds(connection, moved), AuditEvent.NOT_SENT, PENDING, code, message,
                at);
        return moved.size();
    }

    /** One audit entry per action among the rows, naming all its product orders. */
    private static void auditPerAction(Connection connection, List<Row> rows, AuditEvent event,
                                       ActionLineState outcome, String code, String message, Instant at)
            throws SQLException {
        Map<Long, List<Row>> byAction = new HashMap<>();
        rows.forEach(row -> byAction.computeIfAbsent(row.line().actionId(), id -> new ArrayList<>()).add(row));
        List<AuditEntry> entries = new ArrayList<>();
        for (List<Row> group : byAction.values()) {
            entries.add(entry(group.get(0), group.stream().map(row -> row.line().productOrderId()).toList(), event,
                    outcome, code, message, null, at));
        }
        AuditRows.insert(connection, entries);
    }

    private static AuditEntry entry(Row row, List<String> ids, AuditEvent event, ActionLineState outcome,
                                    String code, String message, String traceId, Instant at) {
        return AuditEntry.of(at, row.operator(), row.line().actionId(), row.line().action(), ids, event, outcome,
                code, message, traceId);
    }
}
