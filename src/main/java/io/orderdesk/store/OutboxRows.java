package io.orderdesk.store;

import io.orderdesk.domain.ActionLineState;
import io.orderdesk.domain.OrderAction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reading outbox rows, on the caller's connection so a write can read what it is about to change. */
final class OutboxRows {

    /** A line with its action's operator, who is named in the audit entries written about it. */
    record Row(OutboxLine line, String operator) {
    }

    static final String SELECT_LINES = "select l.id, l.action_id, a.action_code, a.operator, l.product_order_id,"
            + " l.input_json, l.base_status, l.base_place_order_status, l.base_claim_type, l.base_claim_status,"
            + " l.base_holdback_status, l.base_delayed, l.base_address_changed, l.base_address_key, l.state,"
            + " l.attempts, l.result_code, l.result_message, l.trace_id, l.note, l.receiver_address_changed,"
            + " l.created_at, l.sent_at, l.updated_at from outbox_line l join outbox_action a on a.id = l.action_id";

    private OutboxRows() {
    }

    static List<Row> lines(Connection connection, String tail, Object... parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_LINES + " " + tail)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(line(result), result.getString("operator")));
                }
            }
            return rows;
        }
    }

    static List<Row> byIds(Connection connection, Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        return lines(connection, "where l.id in (" + Sql.placeholders(ids.size()) + ") order by l.id",
                ids.toArray());
    }

    /** An outbox_action row before its counts are added. */
    private record Head(long id, OrderAction action, String operator, Instant createdAt, int lineCount) {
    }

    /** The actions selected by {@code tail} (a where or order clause), each with its per-state counts. */
    static List<OutboxAction> actions(Connection connection, String tail, Object... parameters) throws SQLException {
        List<Head> heads = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, action_code, operator, created_at, line_count from outbox_action" + tail)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    heads.add(new Head(rows.getLong(1), OrderAction.valueOf(rows.getString(2)), rows.getString(3),
                            Sql.getInstant(rows, 4), rows.getInt(5)));
                }
            }
        }
        Map<Long, Map<ActionLineState, Integer>> counts = counts(connection, heads.stream().map(Head::id).toList());
        return heads.stream().map(head -> new OutboxAction(head.id(), head.action(), head.operator(),
                head.createdAt(), head.lineCount(), counts.getOrDefault(head.id(), Map.of()))).toList();
    }

    /** Lines per state of each of the given actions. */
    static Map<Long, Map<ActionLineState, Integer>> counts(Connection connection, Collection<Long> actionIds)
            throws SQLException {
        Map<Long, Map<ActionLineState, Integer>> counts = new HashMap<>();
        if (actionIds.isEmpty()) {
            return counts;
        }
        try (PreparedStatement select = connection.prepareStatement("select action_id, state, count(*)"
                + " from outbox_line where action_id in (" + Sql.placeholders(actionIds.size()) + ")"
                + " group by action_id, state")) {
            int index = 1;
            for (Long id : actionIds) {
                select.setLong(index++, id);
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    counts.computeIfAbsent(result.getLong(1), id -> new EnumMap<>(ActionLineState.class))
                            .put(ActionLineState.valueOf(result.getString(2)), result.getInt(3));
                }
            }
        }
        return counts;
    }

    static void setBoolean(PreparedStatement statement, int index, Boolean value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BOOLEAN);
        } else {
            statement.setBoolean(index, value);
        }
    }

    private static OutboxLine line(ResultSet rows) throws SQLException {
        LineBaseline baseline = new LineBaseline(rows.getString("base_status"),
                rows.getString("base_place_order_status"), rows.getString("base_claim_type"),
                rows.getString("base_claim_status"), rows.getString("base_holdback_status"),
                rows.getBoolean("base_delayed"), rows.getBoolean("base_address_changed"),
                rows.getString("base_address_key"));
        boolean changed = rows.getBoolean("receiver_address_changed");
        Boolean receiverAddressChanged = rows.wasNull() ? null : changed;
        return new OutboxLine(rows.getLong("id"), rows.getLong("action_id"),
                OrderAction.valueOf(rows.getString("action_code")), rows.getString("product_order_id"),
                rows.getString("input_json"), baseline, ActionLineState.valueOf(rows.getString("state")),
                rows.getInt("attempts"), rows.getString("result_code"), rows.getString("result_message"),
                rows.getString("trace_id"), rows.getString("note"), receiverAddressChanged,
                Sql.getInstant(rows, "created_at"), Sql.getInstant(rows, "sent_at"),
                Sql.getInstant(rows, "updated_at"));
    }
}
