package io.orderdesk.ui.actions;

import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.CancelRequestReason;
import io.orderdesk.domain.OrderAction;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 판매 취소: a reason code, an optional detail of at most 500 characters (§4.8) and, for a single line, the quantity
 * (1 up to the line's quantity, all of it by default). The whole quantity is sent as "no quantity", which the API
 * reads as "cancel everything that remains"; with several lines each line is cancelled whole.
 */
public final class CancelFormViewModel extends FormBase {

    private final ObjectProperty<CancelRequestReason> reason = new SimpleObjectProperty<>();
    private final StringProperty detail = new SimpleStringProperty("");
    private final StringProperty quantity = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper reasonError = errorSlot();
    private final ReadOnlyStringWrapper detailError = errorSlot();
    private final ReadOnlyStringWrapper quantityError = errorSlot();
    private final ObservableList<CancelRequestReason> reasons = FXCollections.unmodifiableObservableList(
            FXCollections.observableArrayList(Arrays.stream(CancelRequestReason.values())
                    .filter(value -> value != CancelRequestReason.UNKNOWN).toList()));

    CancelFormViewModel(List<ActionTarget> offered, Inputs inputs) {
        super(OrderAction.CANCEL_REQUEST, offered, inputs);
        if (singleLine()) {
            quantity.set(String.valueOf(maxQuantity()));
        }
        watch(reason, detail, quantity);
    }

    @Override
    protected void check() {
        reasonError.set(inputs.required(reason.get()));
        detailError.set(inputs.optionalText(detail.get(), Inputs.MAX_TEXT));
        quantityError.set(singleLine() ? inputs.quantity(quantity.get(), maxQuantity()) : "");
    }

    @Override
    protected ActionInput input(ActionTarget target) {
        return new ActionInput.CancelRequest(reason.get(), Inputs.textValue(detail.get()), partialQuantity());
    }

    private Integer partialQuantity() {
        if (!singleLine()) {
            return null;
        }
        int value = Inputs.parse(quantity.get()).intValue();
        return value < maxQuantity() ? value : null;
    }

    /** The most that can be cancelled: the single line's quantity (0 with several lines). */
    public int maxQuantity() {
        return singleLine() ? offered.get(0).quantity() : 0;
    }

    public ObjectProperty<CancelRequestReason> reasonProperty() {
        return reason;
    }

    public StringProperty detailProperty() {
        return detail;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public ObservableList<CancelRequestReason> reasons() {
        return reasons;
    }

    public ReadOnlyStringProperty reasonErrorProperty() {
        return reasonError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailErrorProperty() {
        return detailError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty quantityErrorProperty() {
        return quantityError.getReadOnlyProperty();
    }
}
