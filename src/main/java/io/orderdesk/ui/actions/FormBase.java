package io.orderdesk.ui.actions;

import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.OrderAction;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The common part of the forms whose input is the same for every offered line: error slots next to fields,
 * re-validation on every change, and drafts that refuse to be built from invalid input.
 */
abstract class FormBase implements ActionForm {

    protected final OrderAction action;
    protected final List<ActionTarget> offered;
    protected final Inputs inputs;
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final List<ReadOnlyStringWrapper> errors = new ArrayList<>();

    FormBase(OrderAction action, List<ActionTarget> offered, Inputs inputs) {
        this.action = action;
        this.offered = List.copyOf(offered);
        this.inputs = inputs;
    }

    /** A new message slot; "" means the field is fine. */
    protected final ReadOnlyStringWrapper errorSlot() {
        ReadOnlyStringWrapper slot = new ReadOnlyStringWrapper("");
        errors.add(slot);
        return slot;
    }

    /** Re-validates whenever one of {@code fields} changes, and once now. */
    protected final void watch(Observable... fields) {
        for (Observable field : fields) {
            field.addListener(changed -> validate());
        }
        validate();
    }

    protected final void validate() {
        check();
        valid.set(errors.stream().allMatch(slot -> slot.get().isEmpty()));
    }

    /** Sets every error slot from the current input. */
    protected abstract void check();

    /** The input for one line; only called when the form is valid. */
    protected abstract ActionInput input(ActionTarget target);

    @Override
    public final OrderAction action() {
        return action;
    }

    @Override
    public final ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    @Override
    public final List<DraftLine> drafts() {
        validate();
        if (!valid.get()) {
            throw new IllegalStateException("The " + action + " form is not valid");
        }
        return offered.stream().map(target -> new DraftLine(target.productOrderId(), input(target))).toList();
    }

    /** True when exactly one line is offered, so per-line fields such as the quantity can be asked. */
    public final boolean singleLine() {
        return offered.size() == 1;
    }
}
