package io.orderdesk.actions;

import io.orderdesk.domain.OrderAction;
import java.util.List;
import java.util.Objects;

/**
 * A staff action as a dialog hands it to {@link ActionService#submit}: the write, the operator's name for the audit
 * log, and one line per product order with what was entered for it.
 */
public record ActionDraft(OrderAction action, String operator, List<DraftLine> lines) {

    /** Checks that the parts are present and copies the lines; {@link ActionService#submit} checks the rest. */
    public ActionDraft {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(operator, "operator");
        lines = List.copyOf(lines);
    }
}
