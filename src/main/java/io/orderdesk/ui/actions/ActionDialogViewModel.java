package io.orderdesk.ui.actions;

import io.orderdesk.domain.OrderAction;
import io.orderdesk.ui.orders.Formats;
import io.orderdesk.ui.support.Command;
import io.orderdesk.ui.support.UiExecutor;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One action dialog: the family's actions to choose from, the lines the chosen action is offered for (and those left
 * out, with why), its form, and sending. Sending writes the drafts to the outbox through the port in the background;
 * afterwards the dialog shows the per-line results. Only a valid form's drafts ever reach {@link ActionPort#submit}.
 */
public final class ActionDialogViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ActionDialogViewModel.class);

    private final ActionFamily family;
    private final List<ActionTarget> selected;
    private final ActionPort port;
    private final UiExecutor executor;
    private final Formats formats;
    private final ActionForms forms;
    private final LeftOutReasons reasons;
    private final Map<OrderAction, ActionForm> made = new EnumMap<>(OrderAction.class);
    private final Map<OrderAction, Offer> offers = new EnumMap<>(OrderAction.class);
    private final ObjectProperty<OrderAction> action = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Offer> offer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ActionForm> form = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper formValid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper sent = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper leftOut = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper leftOutDetails = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sendText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper(false);
    private final ChangeListener<Boolean> validity = (observable, was, valid) -> updateSendable();
    private final ActionResultsViewModel results;
    private final Command send;
    private boolean reverting;

    ActionDialogViewModel(OrderAction initial, List<ActionTarget> selected, ActionPort port, UiExecutor executor,
                          Formats formats, ActionForms forms) {
        this.family = ActionFamily.of(initial);
        this.selected = List.copyOf(selected);
        this.port = port;
        this.executor = executor;
        this.formats = formats;
        this.forms = forms;
        this.reasons = new LeftOutReasons(formats);
        this.results = new ActionResultsViewModel(port, executor, formats);
        this.send = new Command(formValid.getReadOnlyProperty().and(sent.not()), this::sendInBackground);
        action.addListener((observable, was, now) -> choose(was, now));
        action.set(initial);
    }

    private void choose(OrderAction was, OrderAction now) {
        if (reverting) {
            return;
        }
        if (sent.get() || now == null) {
            reverting = true;
            action.set(was);
            reverting = false;
            return;
        }
        if (!family.actions().contains(now)) {
            throw new IllegalArgumentException(now + " is not in " + family);
        }
        Offer current = offerFor(now);
        offer.set(current);
        if (form.get() != null) {
            form.get().validProperty().removeListener(validity);
        }
        ActionForm next = made.computeIfAbsent(now, key -> {
            ActionForm created = forms.create(key, current.offered());
            created.start();
            return created;
        });
        form.set(next);
        next.validProperty().addListener(validity);
        updateSendable();
        describe(current);
        status("", false);
    }

    /** The lines {@code candidate} would be offered for; used to show the count on each choice. */
    public Offer offerFor(OrderAction candidate) {
        return offers.computeIfAbsent(candidate, key -> Offer.of(key, selected, reasons::reason));
    }

    private void updateSendable() {
        formValid.set(form.get() != null && form.get().isValid() && !offer.get().offered().isEmpty());
    }

    private void describe(Offer current) {
        int out = current.leftOut().size();
        String label = ActionNames.of(current.action(), formats);
        if (out == 0) {
            leftOut.set("");
        } else if (current.offered().isEmpty()) {
            leftOut.set(formats.text("actions.leftOut.all", current.selectedCount(), label));
        } else {
            leftOut.set(formats.text("actions.leftOut.some", current.selectedCount(), out, label));
        }
        leftOutDetails.set(LeftOutList.describe(current.leftOut(), formats));
        sendText.set(formats.text("actions.send", label, current.offered().size()));
    }

    private void sendInBackground(Runnable done) {
        ActionForm current = form.get();
        OrderAction sending = current.action();
        List<ActionTarget> offered = offer.get().offered();
        List<DraftLine> drafts = current.drafts();
        status(formats.text("actions.status.sending"), false);
        executor.submit(() -> {
            Runnable problems = current.verify(port, drafts);
            if (problems != null) {
                return new Outcome(0, problems);
            }
            long id = port.submit(sending, drafts);
            try {
                current.submitted(port, drafts);
            } catch (RuntimeException e) {
                // The action is in the outbox; failing to remember a default must not make it look unsent.
                LOG.warn("After submitting action {}", id, e);
            }
            return new Outcome(id, null);
        }, outcome -> {
            if (outcome.problems() != null) {
                outcome.problems().run();
                status(formats.text("actions.status.rejected"), true);
            } else {
                sent.set(true);
                status(formats.text("actions.status.sent", drafts.size()), false);
                results.watch(sending, outcome.actionId(), offered);
            }
            done.run();
        }, error -> {
            status(formats.text("actions.status.failed"), true);
            done.run();
        });
    }

    private record Outcome(long actionId, Runnable problems) {
    }

    private void status(String message, boolean error) {
        statusIsError.set(error);
        status.set(message);
    }

    /** Stops following the results; the view calls it when the window closes. */
    public void close() {
        results.close();
    }

    public ActionFamily family() {
        return family;
    }

    public ObservableList<OrderAction> actions() {
        return FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(family.actions()));
    }

    /** The chosen action; it cannot change once sent. */
    public ObjectProperty<OrderAction> actionProperty() {
        return action;
    }

    public ReadOnlyObjectProperty<Offer> offerProperty() {
        return offer.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ActionForm> formProperty() {
        return form.getReadOnlyProperty();
    }

    public Command sendCommand() {
        return send;
    }

    public ReadOnlyBooleanProperty sentProperty() {
        return sent.getReadOnlyProperty();
    }

    /** "선택한 5건 중 2건은 …", or "" when every selected line is offered. */
    public ReadOnlyStringProperty leftOutProperty() {
        return leftOut.getReadOnlyProperty();
    }

    /** One line per left-out product order with its reason. */
    public ReadOnlyStringProperty leftOutDetailsProperty() {
        return leftOutDetails.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sendTextProperty() {
        return sendText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty statusIsErrorProperty() {
        return statusIsError.getReadOnlyProperty();
    }

    public ActionResultsViewModel results() {
        return results;
    }
}
