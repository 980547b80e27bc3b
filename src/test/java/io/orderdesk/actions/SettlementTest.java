package io.orderdesk.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.ActionLineState;
import io.orderdesk.domain.DelayedDispatchReason;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.store.LineBaseline;
import io.orderdesk.store.LineOutcome;
import io.orderdesk.store.OrderSummary;
import io.orderdesk.store.OutboxLine;
import io.orderdesk.store.StoredProductOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettlementTest {

    private static final Instant AT = Instant.parse("2026-12-01T03:00:00Z");
    private static final Instant DUE = Instant.parse("2026-12-04T05:00:00.123Z");

    @Test
    void aDelayIsDoneOnlyWhenTheOrderShowsTheDueDateThatWasAskedFor() {
        OutboxLine asked = delayLine(1, "1001", DUE, null);
        OutboxLine other = delayLine(2, "1002", DUE, null);

        List<LineOutcome> outcomes = Settlement.judge(List.of(asked, other), Map.of(
                "1001", order("1001", DUE, true), "1002", order("1002", DUE.plusSeconds(86_400), true)));

        assertThat(outcomes).extracting(LineOutcome::lineId, LineOutcome::state, LineOutcome::note, LineOutcome::traceId)
                .containsExactly(tuple(1L, ActionLineState.DONE, Settlement.SETTLED, "trace"),
                        tuple(2L, ActionLineState.UNKNOWN, Settlement.NOT_REACHED, "trace"));
    }

    @Test
    void aLineAlreadyJudgedUnreachedOrWhoseOrderWasNotReadGetsNoNewEntry() {
        OutboxLine judged = delayLine(1, "1001", DUE, Settlement.NOT_REACHED);
        OutboxLine unread = delayLine(2, "1002", DUE, Settlement.NOT_REACHED);

        assertThat(Settlement.judge(List.of(judged, unread), Map.of("1001", order("1001", null, false)))).isEmpty();
    }

    @Test
    void aLineWhoseStoredInputCannotBeReadIsLeftToAPerson() {
        OutboxLine broken = new OutboxLine(3, 1, OrderAction.DELAY, "1001", "not json", LineBaseline.NONE,
                ActionLineState.UNKNOWN, 1, null, null, "trace", null, null, AT, AT, AT);

        assertThat(Settlement.judge(List.of(broken), Map.of("1001", order("1001", DUE, true))))
                .extracting(LineOutcome::state).containsExactly(ActionLineState.UNKNOWN);
    }

    private static OutboxLine delayLine(long id, String productOrderId, Instant due, String note) {
        String input = InputJson.write(new ActionInput.Delay(due, DelayedDispatchReason.PRODUCT_PREPARE, "준비 중"));
        return new OutboxLine(id, 1, OrderAction.DELAY, productOrderId, input, LineBaseline.NONE,
                ActionLineState.UNKNOWN, 1, "GW.TIMEOUT.01", "시간 초과", "trace", note, null, AT, AT, AT);
    }

    private static StoredProductOrder order(String id, Instant due, boolean delayed) {
        return new StoredProductOrder(new OrderSummary(id, "9" + id, "PAYED", "OK", null, null, null, AT, AT, null,
                null, due, null, "홍길동", null, "홍길동", null, "니트", null, 1, 39_000L, null, null, false, null,
                delayed, null), "{}");
    }
}
