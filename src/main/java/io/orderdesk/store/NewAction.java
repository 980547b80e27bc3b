package io.orderdesk.store;

import io.orderdesk.domain.OrderAction;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A staff action about to be written to the {@link Outbox}: the write, who asked for it, when, and its lines.
 *
 * @param lines one per product order, in the order they are to be sent
 */
public record NewAction(OrderAction action, String operator, Instant at, List<Line> lines) {

    /** Checks that every part is present and copies the lines. */
    public NewAction {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(at, "at");
        lines = List.copyOf(lines);
    }

    /**
     * One product order of the action.
     *
     * @param inputJson what staff entered for it, as the actions layer serialised it
     * @param baseline  the order's stored state at submit
     */
    public record Line(String productOrderId, String inputJson, LineBaseline baseline) {

        /** Checks that every part is present. */
        public Line {
            Objects.requireNonNull(productOrderId, "productOrderId");
            Objects.requireNonNull(inputJson, "inputJson");
            Objects.requireNonNull(baseline, "baseline");
        }
    }
}
