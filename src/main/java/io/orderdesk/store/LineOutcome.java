package io.orderdesk.store;

import io.orderdesk.domain.ActionLineState;
import java.util.Objects;

/**
 * What became of one outbox line: its new state and what explains it.
 *
 * @param code                   the API's code for a failure, or {@code null}
 * @param message                the API's or our explanation, or {@code null}
 * @param traceId                the trace ID of the call, or {@code null}
 * @param note                   the outbox's own remark (skipped because …, settled by re-reading …), or {@code null}
 * @param receiverAddressChanged for 발주 확인 only, else {@code null}
 */
public record LineOutcome(long lineId, ActionLineState state, String code, String message, String traceId,
                          String note, Boolean receiverAddressChanged) {

    /** Checks that the state is present. */
    public LineOutcome {
        Objects.requireNonNull(state, "state");
    }

    /** An outcome explained by a note only. */
    public static LineOutcome noted(long lineId, ActionLineState state, String note) {
        return new LineOutcome(lineId, state, null, null, null, note, null);
    }
}
