package io.orderdesk.ui.actions;

import static io.orderdesk.domain.OrderAction.CANCEL_APPROVE;
import static io.orderdesk.domain.OrderAction.CANCEL_REQUEST;
import static io.orderdesk.domain.OrderAction.CONFIRM;
import static io.orderdesk.domain.OrderAction.DELAY;
import static io.orderdesk.domain.OrderAction.DISPATCH;
import static io.orderdesk.domain.OrderAction.EXCHANGE_COLLECT_COMPLETE;
import static io.orderdesk.domain.OrderAction.EXCHANGE_HOLDBACK;
import static io.orderdesk.domain.OrderAction.EXCHANGE_HOLDBACK_RELEASE;
import static io.orderdesk.domain.OrderAction.EXCHANGE_REDELIVER;
import static io.orderdesk.domain.OrderAction.EXCHANGE_REJECT;
import static io.orderdesk.domain.OrderAction.RETURN_APPROVE;
import static io.orderdesk.domain.OrderAction.RETURN_HOLDBACK;
import static io.orderdesk.domain.OrderAction.RETURN_HOLDBACK_RELEASE;
import static io.orderdesk.domain.OrderAction.RETURN_REJECT;
import static io.orderdesk.domain.OrderAction.RETURN_REQUEST;

import io.orderdesk.domain.OrderAction;
import java.util.Arrays;
import java.util.List;

/** The dialogs: one per family of actions, each offering the family's actions as choices. */
public enum ActionFamily {

    CONFIRM_FAMILY(CONFIRM),
    DISPATCH_FAMILY(DISPATCH),
    DELAY_FAMILY(DELAY),
    CANCEL_FAMILY(CANCEL_REQUEST, CANCEL_APPROVE),
    RETURN_FAMILY(RETURN_REQUEST, RETURN_APPROVE, RETURN_REJECT, RETURN_HOLDBACK, RETURN_HOLDBACK_RELEASE),
    EXCHANGE_FAMILY(EXCHANGE_COLLECT_COMPLETE, EXCHANGE_REDELIVER, EXCHANGE_REJECT, EXCHANGE_HOLDBACK,
            EXCHANGE_HOLDBACK_RELEASE);

    private final List<OrderAction> actions;

    ActionFamily(OrderAction... actions) {
        this.actions = List.of(actions);
    }

    public List<OrderAction> actions() {
        return actions;
    }

    /** The short name used in bundle keys, e.g. {@code return}. */
    public String key() {
        return name().substring(0, name().indexOf('_')).toLowerCase(java.util.Locale.ROOT);
    }

    public static ActionFamily of(OrderAction action) {
        return Arrays.stream(values()).filter(family -> family.actions.contains(action)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no dialog for " + action));
    }
}
