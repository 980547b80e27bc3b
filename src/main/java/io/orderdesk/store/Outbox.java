package io.orderdesk.store;

import static io.orderdesk.domain.ActionLineState.PENDING;
import static io.orderdesk.domain.ActionLineState.SENDING;

import io.orderdesk.domain.ActionLineState;
import io.orderdesk.store.OutboxRows.Row;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox of staff actions: every action is written here first and sent from here, line by line, so nothing staff
 * asked for is lost when the app or the network stops. Each method commits on its own (joining an open
 * {@link Store#inTransaction} instead when called through one) and appends its {@link AuditLog} entries in the same
 * commit.
 *
 * <p>A line moves PENDING → SENDING (committed before the HTTP call) → DONE, FAILED or UNKNOWN; PENDING → SKIPPED when
 * the check before sending holds it back; SENDING → PENDING when the call provably never left; UNKNOWN → DONE when a
 * re-read shows the write took effect; FAILED or UNKNOWN → PENDING when staff resend it. Every move names the state it
 * starts from, so a line that another thread or instance moved meanwhile is left alone.
 */
public final class Outbox {

    private final Jdbc jdbc;
    private final OutboxMoves moves;

    Outbox(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.moves = new OutboxMoves();
    }

    /** Writes the action, its lines as PENDING and a SUBMITTED audit entry in one commit; returns the action's id. */
    public long submit(NewAction action) {
        if (action.lines().isEmpty()) {
            throw new IllegalArgumentException("An action needs at least one line");
        }
        return Atomically.run(jdbc, connection -> {
            long id = insertAction(connection, action);
            OutboxMoves.insertLines(connection, id, action);
            List<String> ids = action.lines().stream().map(NewAction.Line::productOrderId).toList();
            AuditRows.insert(connection, List.of(AuditEntry.of(action.at(), action.operator(), id, action.action(),
                    ids, AuditEvent.SUBMITTED, PENDING, null, null, null)));
            return id;
        });
    }

    /**
     * The next lines to send: the PENDING lines of the action whose PENDING line was submitted first, in submit order,
     * at most as many as one call of that action may carry. Empty when nothing is pending.
     */
    public List<OutboxLine> nextBatch() {
        return jdbc.call(connection -> {
            List<Row> first = OutboxRows.lines(connection, "where l.state = ? order by l.id fetch first 1 rows only",
                    PENDING.name());
            if (first.isEmpty()) {
                return List.of();
            }
            OutboxLine head = first.get(0).line();
            return lines(OutboxRows.lines(connection, "where l.action_id = ? and l.state = ? order by l.id"
                    + " fetch first " + head.action().batchLimit() + " rows only", head.actionId(), PENDING.name()));
        });
    }

    /**
     * Moves those of the lines that are still PENDING to SENDING, counting an attempt, with a SENT audit entry, and
     * commits: call it before the HTTP call, so a crash during the call leaves the lines SENDING. Returns the lines it
     * moved; a line another sender took meanwhile is left out.
     */
    public List<OutboxLine> claim(List<Long> lineIds, Instant at) {
        return Atomically.run(jdbc, connection -> lines(moves.claim(connection, lineIds, at)));
    }

    /** Stores the API's verdicts (DONE, FAILED or UNKNOWN) on SENDING lines; returns how many it stored. */
    public int answer(List<LineOutcome> outcomes, Instant at) {
        return Atomically.run(jdbc, connection -> moves.move(connection, outcomes, SENDING, AuditEvent.ANSWERED, at));
    }

    /** Holds back PENDING lines (state SKIPPED, with their notes) that the check before sending refused. */
    public int skip(List<LineOutcome> outcomes, Instant at) {
        return Atomically.run(jdbc, connection -> moves.move(connection, outcomes, PENDING, AuditEvent.SKIPPED, at));
    }

    /** Marks UNKNOWN lines DONE (or as the outcomes say) after a re-read showed the write took effect. */
    public int settle(List<LineOutcome> outcomes, Instant at) {
        return Atomically.run(jdbc, connection -> moves.move(connection, outcomes, ActionLineState.UNKNOWN,
                AuditEvent.SETTLED, at));
    }

    /**
     * Puts SENDING lines back to PENDING (the attempt uncounted) because their call provably never reached the API:
     * no connection, a rate limit or maintenance. {@code code} and {@code message} say why.
     */
    public int notSent(List<Long> lineIds, String code, String message, Instant at) {
        return Atomically.run(jdbc, connection -> moves.notSent(connection, lineIds, code, message, at));
    }

    /** Turns every SENDING line into UNKNOWN with {@code note}: the app stopped during their call. Returns them. */
    public List<OutboxLine> interrupted(String note, Instant at) {
        return Atomically.run(jdbc, connection -> {
            List<Row> sending = OutboxRows.lines(connection, "where l.state = ? order by l.id", SENDING.name());
            List<LineOutcome> outcomes = sending.stream()
                    .map(row -> LineOutcome.noted(row.line().id(), ActionLineState.UNKNOWN, note)).toList();
            moves.move(connection, outcomes, SENDING, AuditEvent.INTERRUPTED, at);
            return lines(OutboxRows.byIds(connection, outcomes.stream().map(LineOutcome::lineId).toList()));
        });
    }

    /**
     * Puts FAILED or UNKNOWN lines of an action back to PENDING for another attempt, with a RESEND audit entry.
     *
     * @param inputJson per product order to resend, its new input, or {@code null} to keep the one it has
     * @throws IllegalStateException when a product order is not part of the action or its line is in another state;
     *                               nothing is changed then
     */
    public List<OutboxLine> resend(long actionId, String operator, Map<String, String> inputJson, Instant at) {
        return Atomically.run(jdbc, connection -> lines(OutboxResend.resend(connection, actionId, operator, inputJson, at)));
    }

    /** The lines of one action in submit order. */
    public List<OutboxLine> lines(long actionId) {
        return jdbc.call(connection -> lines(OutboxRows.lines(connection, "where l.action_id = ? order by l.id",
                actionId)));
    }

    /** Every line in the given state, in submit order. */
    public List<OutboxLine> linesIn(ActionLineState state) {
        return jdbc.call(connection -> lines(OutboxRows.lines(connection, "where l.state = ? order by l.id",
                state.name())));
    }

    /** One action with its per-state counts. */
    public Optional<OutboxAction> action(long actionId) {
        List<OutboxAction> found = jdbc.call(connection -> OutboxRows.actions(connection, " where id = ?",
                actionId));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The latest actions, newest first, with their per-state counts. */
    public List<OutboxAction> recent(int limit) {
        return jdbc.call(connection -> OutboxRows.actions(connection,
                " order by id desc fetch first " + Math.max(1, limit) + " rows only"));
    }

    private static long insertAction(Connection connection, NewAction action) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into outbox_action"
                + " (action_code, operator, created_at, line_count) values (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, action.action().name());
            insert.setString(2, action.operator());
            Sql.setInstant(insert, 3, action.at());
            insert.setInt(4, action.lines().size());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong("id");
            }
        }
    }

    private static List<OutboxLine> lines(List<Row> rows) {
        return rows.stream().map(Row::line).toList();
    }
}
