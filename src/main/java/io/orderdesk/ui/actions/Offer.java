package io.orderdesk.ui.actions;

import io.orderdesk.domain.ActionRules;
import io.orderdesk.domain.OrderAction;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The selected lines split by what their state allows: those an action is offered for, and those left out with the
 * reason, so the dialog can say how many were left out and why.
 */
public record Offer(OrderAction action, List<ActionTarget> offered, List<LeftOut> leftOut) {

    /** A selected line the action cannot be applied to, and why in words. */
    public record LeftOut(ActionTarget target, String reason) {
    }

    public Offer {
        offered = List.copyOf(offered);
        leftOut = List.copyOf(leftOut);
    }

    /** Splits {@code selected} by {@link ActionRules#allows}; {@code reasons} words each left-out line's state. */
    public static Offer of(OrderAction action, List<ActionTarget> selected,
                           BiFunction<OrderAction, ActionTarget, String> reasons) {
        List<ActionTarget> offered = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        for (ActionTarget target : selected) {
            if (target.facts() != null && ActionRules.allows(action, target.facts())) {
                offered.add(target);
            } else {
                leftOut.add(new LeftOut(target, reasons.apply(action, target)));
            }
        }
        return new Offer(action, offered, leftOut);
    }

    public int selectedCount() {
        return offered.size() + leftOut.size();
    }
}
