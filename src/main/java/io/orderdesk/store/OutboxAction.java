package io.orderdesk.store;

import io.orderdesk.domain.ActionLineState;
import io.orderdesk.domain.OrderAction;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * A staff action as the outbox holds it, with how many of its lines are in each state.
 *
 * @param counts lines per state; states without lines are absent
 */
public record OutboxAction(long id, OrderAction action, String operator, Instant createdAt, int lineCount,
                           Map<ActionLineState, Integer> counts) {

    /** Copies the counts. */
    public OutboxAction {
        counts = counts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(counts));
    }

    /** Lines in the given state. */
    public int count(ActionLineState state) {
        return counts.getOrDefault(state, 0);
    }

    /** True when every line is DONE, FAILED or SKIPPED: nothing more happens without a person. */
    public boolean isSettled() {
        return count(ActionLineState.PENDING) + count(ActionLineState.SENDING) + count(ActionLineState.UNKNOWN) == 0;
    }
}
