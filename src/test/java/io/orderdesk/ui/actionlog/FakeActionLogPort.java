package io.orderdesk.ui.actionlog;

import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.ActionLineState;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.domain.ReturnRequestReason;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

/** An outbox in memory: actions and lines the test sets, every call recorded, changes announced on demand. */
final class FakeActionLogPort implements ActionLogPort {

    static final Instant T0 = Instant.parse("2026-11-20T01:00:00Z");

    record Resend(long actionId, Map<String, ActionInput> lines) {
    }

    final List<ActionRow> actions = new CopyOnWriteArrayList<>();
    final Map<Long, List<ActionLineRow>> lines = new ConcurrentHashMap<>();
    final List<Integer> recentCalls = new CopyOnWriteArrayList<>();
    final List<Long> lineCalls = new CopyOnWriteArrayList<>();
    final List<Resend> resends = new CopyOnWriteArrayList<>();
    final List<Long> settles = new CopyOnWriteArrayList<>();
    final List<Path> exports = new CopyOnWriteArrayList<>();
    final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();
    volatile RuntimeException failure;

    /** Three actions: a dispatch with a failed and an unknown line, a confirm all done, a delay with a skip. */
    static FakeActionLogPort sample() {
        FakeActionLogPort port = new FakeActionLogPort();
        port.put(3, T0.plusSeconds(1800), "김하나", OrderAction.DISPATCH, List.of(
                line("2026112010000001", ActionLineState.DONE, null, null, "trace-d1", 1,
                        dispatch(DeliveryCompany.CJGLS, "612345678901")),
                line("2026112010000002", ActionLineState.FAILED, "104122", "배송 송장 오류(비유효 송장)", "trace-d2", 1,
                        dispatch(DeliveryCompany.CJGLS, "61234")),
                line("2026112010000003", ActionLineState.UNKNOWN, null, "응답이 오지 않았습니다.", "trace-d3", 1,
                        dispatch(DeliveryCompany.HANJIN, "512345678901"))));
        port.put(2, T0.plusSeconds(600), "이두리", OrderAction.CONFIRM, List.of(
                line("2026112010000011", ActionLineState.DONE, null, null, "trace-c1", 1, ActionInput.None.INSTANCE),
                line("2026112010000012", ActionLineState.DONE, null, null, "trace-c1", 1, ActionInput.None.INSTANCE)));
        port.put(1, T0, "김하나", OrderAction.RETURN_REQUEST, List.of(
                line("2026112010000021", ActionLineState.SKIPPED, null, null, null, 0,
                        new ActionInput.ReturnRequest(ReturnRequestReason.INTENT_CHANGED,
                                DeliveryMethod.RETURN_DELIVERY, null, null, null))));
        return port;
    }

    static ActionInput.Dispatch dispatch(DeliveryCompany company, String tracking) {
        return new ActionInput.Dispatch(DeliveryMethod.DELIVERY, company, tracking, T0);
    }

    static ActionLineRow line(String id, ActionLineState state, String code, String message, String traceId,
                              int attempts, ActionInput input) {
        return new ActionLineRow(id, state, code, message, traceId, state == ActionLineState.SKIPPED
                ? "클레임이 생겨 보내지 않았습니다." : null, attempts, T0.plusSeconds(attempts * 60L), input);
    }

    /** Adds or replaces an action; its counts follow its lines. */
    void put(long id, Instant created, String operator, OrderAction action, List<ActionLineRow> rows) {
        Map<ActionLineState, Integer> counts = new EnumMap<>(ActionLineState.class);
        rows.forEach(row -> counts.merge(row.state(), 1, Integer::sum));
        ActionRow row = new ActionRow(id, created, operator, action, rows.size(), counts);
        actions.removeIf(existing -> existing.actionId() == id);
        actions.add(row);
        actions.sort((a, b) -> Long.compare(b.actionId(), a.actionId()));
        lines.put(id, List.copyOf(rows));
    }

    /** Changes one line's state, as the outbox would after a send or a settle. */
    void change(long actionId, String productOrderId, ActionLineState state) {
        ActionRow action = actions.stream().filter(a -> a.actionId() == actionId).findFirst().orElseThrow();
        List<ActionLineRow> rows = new ArrayList<>();
        for (ActionLineRow row : lines.get(actionId)) {
            rows.add(row.productOrderId().equals(productOrderId) ? new ActionLineRow(row.productOrderId(), state,
                    null, null, row.traceId(), row.note(), row.attempts() + 1, row.updatedAt(), row.input()) : row);
        }
        put(actionId, action.createdAt(), action.operator(), action.action(), rows);
    }

    void fire(long actionId) {
        listeners.forEach(listener -> listener.accept(actionId));
    }

    @Override
    public List<ActionRow> recent(int limit) {
        recentCalls.add(limit);
        fail();
        return List.copyOf(actions);
    }

    @Override
    public List<ActionLineRow> lines(long actionId) {
        lineCalls.add(actionId);
        fail();
        return lines.getOrDefault(actionId, List.of());
    }

    @Override
    public void resend(long actionId, Map<String, ActionInput> chosen) {
        fail();
        resends.add(new Resend(actionId, Map.copyOf(chosen)));
    }

    @Override
    public void settle(long actionId) {
        fail();
        settles.add(actionId);
    }

    @Override
    public void exportAudit(Path file) {
        fail();
        exports.add(file);
    }

    @Override
    public void addListener(LongConsumer actionChanged) {
        listeners.add(actionChanged);
    }

    @Override
    public void removeListener(LongConsumer actionChanged) {
        listeners.remove(actionChanged);
    }

    private void fail() {
        if (failure != null) {
            throw failure;
        }
    }
}
