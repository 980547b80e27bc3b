package io.orderdesk.ui.actions;

import io.orderdesk.domain.OrderAction;
import io.orderdesk.ui.orders.Formats;

/** An action's name in the UI language: the domain's Korean label unless the bundle has {@code actions.name.…}. */
final class ActionNames {

    private ActionNames() {
    }

    static String of(OrderAction action, Formats formats) {
        String key = "actions.name." + action.name();
        return formats.bundle().containsKey(key) ? formats.text(key) : action.label();
    }
}
