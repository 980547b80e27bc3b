package io.orderdesk.actions;

import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.ActionLineState;
import io.orderdesk.domain.ActionRules;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.store.LineOutcome;
import io.orderdesk.store.OutboxLine;
import io.orderdesk.store.StoredProductOrder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides UNKNOWN lines on orders just re-read: a line whose order shows the write took effect is DONE; any other
 * stays UNKNOWN for a person to resend, since sending again on our own could apply it twice.
 */
final class Settlement {

    static final String SETTLED = "재조회로 반영 확인";
    static final String NOT_REACHED = "재조회로 반영을 확인하지 못함 - 주문을 확인한 뒤 다시 보내 주세요";

    private Settlement() {
    }

    /**
     * The outcomes to store: DONE for lines that took effect, UNKNOWN with an explaining note for the others (only
     * when the note is new, so settling again does not fill the audit log with repeats).
     */
    static List<LineOutcome> judge(List<OutboxLine> unknown, Map<String, StoredProductOrder> now) {
        List<LineOutcome> outcomes = new ArrayList<>();
        for (OutboxLine line : unknown) {
            StoredProductOrder order = now.get(line.productOrderId());
            if (order != null && reached(line, order)) {
                outcomes.add(new LineOutcome(line.id(), ActionLineState.DONE, null, null, line.traceId(), SETTLED,
                        null));
            } else if (!NOT_REACHED.equals(line.note())) {
                outcomes.add(new LineOutcome(line.id(), ActionLineState.UNKNOWN, line.resultCode(),
                        line.resultMessage(), line.traceId(), NOT_REACHED, null));
            }
        }
        return outcomes;
    }

    /** A line whose stored input cannot be read is never judged reached: a person looks at it instead. */
    private static boolean reached(OutboxLine line, StoredProductOrder order) {
        try {
            return reachedAsAsked(line, order);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean reachedAsAsked(OutboxLine line, StoredProductOrder order) {
        OrderAction action = line.action();
        if (!ActionRules.reached(action, order.summary().facts())) {
            return false;
        }
        if (action != OrderAction.DELAY) {
            return true;
        }
        ActionInput.Delay asked = (ActionInput.Delay) InputJson.read(action, line.inputJson());
        Instant due = order.summary().shippingDueDate();
        return due != null && due.truncatedTo(ChronoUnit.MILLIS).equals(asked.dueDate().truncatedTo(ChronoUnit.MILLIS));
    }
}
