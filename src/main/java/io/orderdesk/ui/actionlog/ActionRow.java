package io.orderdesk.ui.actionlog;

import io.orderdesk.domain.ActionLineState;
import io.orderdesk.domain.OrderAction;
import java.time.Instant;
import java.util.Map;

/**
 * One staff action of the outbox as the action log lists it.
 *
 * @param lines  how many product orders the action carries
 * @param counts how many of them are in each state; states with no line may be missing
 */
public record ActionRow(long actionId, Instant createdAt, String operator, OrderAction action, int lines,
                        Map<ActionLineState, Integer> counts) {

    public ActionRow {
        counts = Map.copyOf(counts);
    }

    /** Lines in {@code state}, 0 when none. */
    public int count(ActionLineState state) {
        return counts.getOrDefault(state, 0);
    }
}
