package io.orderdesk.actions;

import static io.orderdesk.domain.ActionLineState.FAILED;
import static io.orderdesk.domain.ActionLineState.UNKNOWN;

import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.ActionLineState;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.store.LineOutcome;
import io.orderdesk.store.Outbox;
import io.orderdesk.store.OutboxLine;
import io.orderdesk.store.StoredProductOrder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one batch: re-read its orders, hold back what no longer fits, mark the rest SENDING and commit, make the
 * call, re-read what was sent so the store shows the new state, store each line's verdict, and settle at once a line
 * whose answer was lost where its order already shows the change.
 */
final class BatchSender {

    /** The batch could not leave this PC now (offline, rate limited, maintenance); its lines are PENDING again. */
    static final class NotSent extends RuntimeException {
        NotSent(RuntimeException cause) {
            super(cause.getMessage(), cause);
        }

        RuntimeException failure() {
            return (RuntimeException) getCause();
        }
    }

    static final String UNREADABLE_INPUT = "저장된 입력을 읽을 수 없어 보내지 않음";
    private static final Logger LOG = LoggerFactory.getLogger(BatchSender.class);

    private final Outbox outbox;
    private final OrderReader reader;
    private final Settler settler;
    private final HttpGuard http;
    private final Clock clock;
    private final LongConsumer changed;

    BatchSender(Outbox outbox, OrderReader reader, Settler settler, HttpGuard http, Clock clock,
                LongConsumer changed) {
        this.outbox = outbox;
        this.reader = reader;
        this.settler = settler;
        this.http = http;
        this.clock = clock;
        this.changed = changed;
    }

    /**
     * Sends the next batch, if any; returns whether there was one. Failures of the re-read before sending are thrown
     * (the lines stay PENDING); a call that provably did not leave throws {@link NotSent}.
     */
    boolean sendNext(NpayOrderClient client) {
        List<OutboxLine> batch = outbox.nextBatch();
        if (batch.isEmpty()) {
            return false;
        }
        long actionId = batch.get(0).actionId();
        OrderAction action = batch.get(0).action();
        Map<String, StoredProductOrder> now = reader.read(client, ids(batch));
        List<LineOutcome> held = new ArrayList<>(PreSendCheck.heldBack(batch, now));
        Map<Long, ActionInput> inputs = decode(batch, held);
        Set<Long> heldIds = held.stream().map(LineOutcome::lineId).collect(Collectors.toSet());
        if (!held.isEmpty()) {
            outbox.skip(held, clock.instant());
        }
        List<Long> toSend = batch.stream().map(OutboxLine::id).filter(id -> !heldIds.contains(id)).toList();
        List<OutboxLine> sent = toSend.isEmpty() ? List.of() : outbox.claim(toSend, clock.instant());
        changed.accept(actionId);
        if (!sent.isEmpty()) {
            List<LineOutcome> outcomes = call(client, action, sent, inputs);
            Map<String, StoredProductOrder> after = reread(client, sent);
            outbox.answer(outcomes, clock.instant());
            settleLost(actionId, sent, after);
            changed.accept(actionId);
        }
        return true;
    }

    /** Makes the call and returns each line's outcome; throws {@link NotSent} after putting the lines back. */
    private List<LineOutcome> call(NpayOrderClient client, OrderAction action, List<OutboxLine> sent,
                                   Map<Long, ActionInput> inputs) {
        List<WriteCall.Item> items = sent.stream()
                .map(line -> new WriteCall.Item(line.productOrderId(), inputs.get(line.id()))).toList();
        try {
            return Outcomes.of(sent, http.call(() -> WriteCall.send(client, action, items)));
        } catch (RuntimeException e) {
            Failures.Kind kind = Failures.of(e);
            if (kind == Failures.Kind.NOT_SENT) {
                outbox.notSent(sent.stream().map(OutboxLine::id).toList(), Failures.code(e), Failures.message(e),
                        clock.instant());
                changed.accept(sent.get(0).actionId());
                throw new NotSent(e);
            }
            ActionLineState state = kind == Failures.Kind.UNKNOWN ? UNKNOWN : FAILED;
            LOG.warn("{} of {} lines ended {}: {}", action, sent.size(), state, e.getMessage());
            return Outcomes.of(sent, e, state);
        }
    }

    /**
     * Re-reads the sent orders into the store before their verdicts are stored, so a line never shows DONE next to
     * the order's old state. A failure is only logged: the verdicts matter more.
     */
    private Map<String, StoredProductOrder> reread(NpayOrderClient client, List<OutboxLine> sent) {
        try {
            return reader.read(client, ids(sent));
        } catch (RuntimeException e) {
            LOG.warn("Could not re-read {} product orders after sending: {}", sent.size(), e.getMessage());
            return Map.of();
        }
    }

    /** Settles at once the sent lines whose answer was lost but whose order already shows the change. */
    private void settleLost(long actionId, List<OutboxLine> sent, Map<String, StoredProductOrder> after) {
        if (after.isEmpty()) {
            return;
        }
        Set<Long> sentIds = sent.stream().map(OutboxLine::id).collect(Collectors.toSet());
        settler.judge(outbox.lines(actionId).stream()
                .filter(line -> sentIds.contains(line.id()) && line.state() == UNKNOWN).toList(), after);
    }

    /** The stored inputs; a line whose input cannot be read is added to {@code held} instead. */
    private static Map<Long, ActionInput> decode(List<OutboxLine> batch, List<LineOutcome> held) {
        Set<Long> already = held.stream().map(LineOutcome::lineId).collect(Collectors.toSet());
        Map<Long, ActionInput> inputs = new HashMap<>();
        for (OutboxLine line : batch) {
            if (already.contains(line.id())) {
                continue;
            }
            try {
                inputs.put(line.id(), InputJson.read(line.action(), line.inputJson()));
            } catch (RuntimeException e) {
                LOG.warn("Outbox line {} has an unreadable input: {}", line.id(), e.getMessage());
                held.add(LineOutcome.noted(line.id(), ActionLineState.SKIPPED, UNREADABLE_INPUT));
            }
        }
        return inputs;
    }

    private static List<String> ids(List<OutboxLine> lines) {
        return lines.stream().map(OutboxLine::productOrderId).toList();
    }
}
