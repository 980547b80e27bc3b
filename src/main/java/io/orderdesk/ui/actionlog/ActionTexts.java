package io.orderdesk.ui.actionlog;

import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.ActionLineState;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.OrderAction;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Turns the outbox's rows into what the action log shows. Times are in Korean time like everywhere in the app; action
 * and state names come from the bundle, falling back to the domain's Korean labels.
 */
final class ActionTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Seoul"));
    /** The order in which counts are shown: outcomes first, then what is still under way. */
    private static final List<ActionLineState> COUNT_ORDER = List.of(ActionLineState.DONE, ActionLineState.FAILED,
            ActionLineState.UNKNOWN, ActionLineState.SKIPPED, ActionLineState.PENDING, ActionLineState.SENDING);

    private final ResourceBundle bundle;

    ActionTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    ActionItem item(ActionRow row) {
        List<StateCount> counts = new ArrayList<>();
        for (ActionLineState state : COUNT_ORDER) {
            if (row.count(state) > 0) {
                counts.add(new StateCount(state, state(state), row.count(state), style(state)));
            }
        }
        boolean problem = row.count(ActionLineState.FAILED) + row.count(ActionLineState.UNKNOWN)
                + row.count(ActionLineState.SKIPPED) > 0;
        return new ActionItem(row, time(row.createdAt()), action(row.action()), counts, problem);
    }

    LineItem line(ActionLineRow row) {
        boolean resendable = row.state() == ActionLineState.FAILED || row.state() == ActionLineState.UNKNOWN;
        return new LineItem(row, state(row.state()), style(row.state()), time(row.updatedAt()), input(row.input()),
                resendable);
    }

    String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    String action(OrderAction action) {
        return action == null ? "" : label("actionlog.action." + action.name(), action.label());
    }

    String state(ActionLineState state) {
        return state == null ? "" : label("actionlog.state." + state.name(), state.label());
    }

    static String style(ActionLineState state) {
        return state == null ? "pending" : state.name().toLowerCase(Locale.ROOT);
    }

    /** Carrier and number for the inputs that carry them, which is what a resend may correct. */
    static String input(ActionInput input) {
        if (input instanceof ActionInput.Dispatch d) {
            return parcel(d.company(), d.trackingNumber());
        }
        if (input instanceof ActionInput.Redeliver r) {
            return parcel(r.company(), r.trackingNumber());
        }
        if (input instanceof ActionInput.ReturnRequest r) {
            return parcel(r.company(), r.trackingNumber());
        }
        return "";
    }

    private static String parcel(DeliveryCompany company, String number) {
        String carrier = company == null ? "" : company.label();
        String tracking = number == null ? "" : number;
        return (carrier + " " + tracking).strip();
    }

    private String label(String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
