package io.orderdesk.store;

import static io.orderdesk.domain.ActionLineState.FAILED;
import static io.orderdesk.domain.ActionLineState.PENDING;
import static io.orderdesk.domain.ActionLineState.UNKNOWN;

import io.orderdesk.store.OutboxRows.Row;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Staff sending FAILED or UNKNOWN lines again: all of them or none, on the caller's transaction. */
final class OutboxResend {

    private OutboxResend() {
    }

    static List<Row> resend(Connection connection, long actionId, String operator, Map<String, String> inputJson,
                     Instant at) throws SQLException {
        Map<String, Row> lines = new HashMap<>();
        for (Row row : OutboxRows.lines(connection, "where l.action_id = ?", actionId)) {
            lines.put(row.line().productOrderId(), row);
        }
        List<String> refused = new ArrayList<>();
        for (String id : inputJson.keySet()) {
            Row row = lines.get(id);
            if (row == null || (row.line().state() != FAILED && row.line().state() != UNKNOWN)) {
                refused.add(id + (row == null ? " (없는 주문)" : " (" + row.line().state().label() + ")"));
            }
        }
        if (!refused.isEmpty() || inputJson.isEmpty()) {
            throw new IllegalStateException("실패했거나 결과를 모르는 줄만 다시 보낼 수 있습니다: " + refused);
        }
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement update = connection.prepareStatement("update outbox_line set state = ?,"
                + " input_json = coalesce(?, input_json), result_code = null, result_message = null,"
                + " trace_id = null, note = null, updated_at = ? where id = ? and state = ?")) {
            for (Map.Entry<String, String> resend : inputJson.entrySet()) {
                Row row = lines.get(resend.getKey());
                update.setString(1, PENDING.name());
                update.setString(2, resend.getValue());
                Sql.setInstant(update, 3, at);
                update.setLong(4, row.line().id());
                update.setString(5, row.line().state().name());
                if (update.executeUpdate() != 1) {
                    throw new IllegalStateException("상품주문 " + resend.getKey() + "의 상태가 방금 바뀌었습니다");
                }
                ids.add(row.line().id());
            }
        }
        List<Row> rows = OutboxRows.byIds(connection, ids);
        String who = operator != null ? operator : rows.get(0).operator();
        AuditRows.insert(connection, List.of(new AuditEntry(null, at, who, actionId,
                rows.get(0).line().action(), rows.stream().map(row -> row.line().productOrderId()).toList(),
                AuditEvent.RESEND, PENDING, null, null, null)));
        return rows;
    }

}
