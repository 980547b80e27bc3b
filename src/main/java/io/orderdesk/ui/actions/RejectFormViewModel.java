package io.orderdesk.ui.actions;

import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.OrderAction;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * 반품 거부 or 교환 거부 (§4.12, §4.17): the reason the buyer will read, required. Naver documents no length limit; we
 * apply the 500 characters it documents for the cancel detail.
 */
public final class RejectFormViewModel extends FormBase {

    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper reasonError = errorSlot();

    RejectFormViewModel(OrderAction action, List<ActionTarget> offered, Inputs inputs) {
        super(action, offered, inputs);
        if (action != OrderAction.RETURN_REJECT && action != OrderAction.EXCHANGE_REJECT) {
            throw new IllegalArgumentException("not a reject: " + action);
        }
        watch(reason);
    }

    @Override
    protected void check() {
        reasonError.set(inputs.requiredText(reason.get(), Inputs.MAX_TEXT));
    }

    @Override
    protected ActionInput input(ActionTarget target) {
        return new ActionInput.Reject(reason.get().strip());
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyStringProperty reasonErrorProperty() {
        return reasonError.getReadOnlyProperty();
    }
}
