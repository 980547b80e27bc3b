package io.orderdesk.ui.alerts;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The new-orders toast: counts what syncs brought, shows them (with a desktop notification and, when the
 * {@code alerts.sound} setting is on, a sound), and holds everything back while the user is busy typing in a dialog.
 * Counts that arrive while held back or while the toast is up add up into one toast.
 */
public final class AlertsViewModel {

    private final Notifier notifier;
    private final BooleanSupplier userBusy;
    private final BooleanSupplier soundOn;
    private final ResourceBundle bundle;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Arrivals pending = Arrivals.NONE;
    private Arrivals shown = Arrivals.NONE;

    /**
     * @param userBusy true while the user is typing in a dialog; alerts wait until it is false
     * @param soundOn  whether to play a sound (the {@code alerts.sound} setting), read at each alert
     */
    public AlertsViewModel(AlertFeed feed, Notifier notifier, BooleanSupplier userBusy, BooleanSupplier soundOn,
                           ResourceBundle bundle) {
        this.notifier = notifier;
        this.userBusy = userBusy;
        this.soundOn = soundOn;
        this.bundle = bundle;
        feed.subscribe(this::arrived);
    }

    /** Counts new arrivals and alerts now unless the user is busy. */
    public void arrived(Arrivals arrivals) {
        if (arrivals.isEmpty()) {
            return;
        }
        pending = pending.plus(arrivals);
        retry();
    }

    /** Shows what was held back, if the user is no longer busy; the view calls this now and then. */
    public void retry() {
        if (pending.isEmpty() || userBusy.getAsBoolean()) {
            return;
        }
        Arrivals fresh = pending;
        pending = Arrivals.NONE;
        shown = showing.get() ? shown.plus(fresh) : fresh;
        message.set(text(shown));
        showing.set(true);
        notifier.desktop(bundle.getString("alerts.title"), text(fresh));
        if (soundOn.getAsBoolean()) {
            notifier.sound();
        }
    }

    /** Hides the toast; the next arrivals start counting from zero. */
    public void dismiss() {
        showing.set(false);
        shown = Arrivals.NONE;
    }

    /** Arrivals held back while the user is busy. */
    public Arrivals pending() {
        return pending;
    }

    private String text(Arrivals arrivals) {
        List<String> parts = new ArrayList<>();
        if (arrivals.newOrders() > 0) {
            parts.add(MessageFormat.format(bundle.getString("alerts.newOrders"), arrivals.newOrders()));
        }
        if (arrivals.newClaims() > 0) {
            parts.add(MessageFormat.format(bundle.getString("alerts.newClaims"), arrivals.newClaims()));
        }
        return String.join(", ", parts);
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
