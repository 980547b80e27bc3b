package io.orderdesk.actions;

import io.orderdesk.api.dto.FailInfo;
import io.orderdesk.domain.ActionLineState;
import io.orderdesk.store.LineOutcome;
import io.orderdesk.store.OutboxLine;
import java.util.ArrayList;
import java.util.List;

/** Turns an API answer, or a failed call, into the stored outcome of each line that was sent. */
final class Outcomes {

    static final String NO_VERDICT = "응답에 이 주문의 결과가 없어 재조회로 확인합니다";

    private Outcomes() {
    }

    /** DONE or FAILED as the answer lists each line; a line it does not mention is UNKNOWN. */
    static List<LineOutcome> of(List<OutboxLine> sent, BatchAnswer answer) {
        List<LineOutcome> outcomes = new ArrayList<>();
        for (OutboxLine line : sent) {
            String id = line.productOrderId();
            FailInfo fail = answer.failed().get(id);
            if (answer.succeeded().containsKey(id)) {
                outcomes.add(new LineOutcome(line.id(), ActionLineState.DONE, null, null, answer.traceId(), null,
                        answer.succeeded().get(id)));
            } else if (fail != null) {
                outcomes.add(new LineOutcome(line.id(), ActionLineState.FAILED, fail.code(), fail.message(),
                        answer.traceId(), null, null));
            } else {
                outcomes.add(new LineOutcome(line.id(), ActionLineState.UNKNOWN, null, null, answer.traceId(),
                        NO_VERDICT, null));
            }
        }
        return outcomes;
    }

    /** Every sent line UNKNOWN or FAILED, with the call's code, message and trace ID. */
    static List<LineOutcome> of(List<OutboxLine> sent, RuntimeException failure, ActionLineState state) {
        List<LineOutcome> outcomes = new ArrayList<>();
        for (OutboxLine line : sent) {
            outcomes.add(new LineOutcome(line.id(), state, Failures.code(failure), Failures.message(failure),
                    Failures.traceId(failure), null, null));
        }
        return outcomes;
    }
}
