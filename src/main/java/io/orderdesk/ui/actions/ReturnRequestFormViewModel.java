package io.orderdesk.ui.actions;

import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.domain.ReturnRequestReason;
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
 * 반품 요청 registered by the seller (§4.10): a reason, how the goods come back (지정 반품 택배 by default), and
 * optionally the collecting carrier. For a single line also the collect tracking number (checked like a dispatch
 * number, and then needing a carrier) and the quantity (all by default, sent as "no quantity").
 */
public final class ReturnRequestFormViewModel extends FormBase {

    private static final List<DeliveryMethod> COLLECT_METHODS = List.of(DeliveryMethod.RETURN_DESIGNATED,
            DeliveryMethod.RETURN_DELIVERY, DeliveryMethod.RETURN_INDIVIDUAL, DeliveryMethod.DELIVERY);

    private final ObjectProperty<ReturnRequestReason> reason = new SimpleObjectProperty<>();
    private final ObjectProperty<DeliveryMethod> collectMethod =
            new SimpleObjectProperty<>(DeliveryMethod.RETURN_DESIGNATED);
    private final ObjectProperty<DeliveryCompany> company = new SimpleObjectProperty<>();
    private final StringProperty trackingNumber = new SimpleStringProperty("");
    private final StringProperty quantity = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper reasonError = errorSlot();
    private final ReadOnlyStringWrapper methodError = errorSlot();
    private final ReadOnlyStringWrapper companyError = errorSlot();
    private final ReadOnlyStringWrapper trackingError = errorSlot();
    private final ReadOnlyStringWrapper quantityError = errorSlot();
    private final ObservableList<ReturnRequestReason> reasons = FXCollections.unmodifiableObservableList(
            FXCollections.observableArrayList(Arrays.stream(ReturnRequestReason.values())
                    .filter(value -> value != ReturnRequestReason.UNKNOWN).toList()));
    private final ObservableList<DeliveryMethod> methods =
            FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(COLLECT_METHODS));

    ReturnRequestFormViewModel(List<ActionTarget> offered, Inputs inputs) {
        super(OrderAction.RETURN_REQUEST, offered, inputs);
        if (singleLine()) {
            quantity.set(String.valueOf(maxQuantity()));
        }
        watch(reason, collectMethod, company, trackingNumber, quantity);
    }

    @Override
    protected void check() {
        reasonError.set(inputs.required(reason.get()));
        methodError.set(inputs.required(collectMethod.get()));
        boolean tracked = singleLine() && !TrackingNumbers.normalize(trackingNumber.get()).isEmpty();
        trackingError.set(tracked ? inputs.tracking(company.get(), trackingNumber.get()) : "");
        companyError.set(tracked && company.get() == null ? inputs.text("actions.return.error.carrier") : "");
        quantityError.set(singleLine() ? inputs.quantity(quantity.get(), maxQuantity()) : "");
    }

    @Override
    protected ActionInput input(ActionTarget target) {
        String tracking = singleLine() ? TrackingNumbers.normalize(trackingNumber.get()) : "";
        Integer partial = null;
        if (singleLine()) {
            int value = Inputs.parse(quantity.get()).intValue();
            partial = value < maxQuantity() ? value : null;
        }
        return new ActionInput.ReturnRequest(reason.get(), collectMethod.get(), company.get(),
                tracking.isEmpty() ? null : tracking, partial);
    }

    public int maxQuantity() {
        return singleLine() ? offered.get(0).quantity() : 0;
    }

    public ObjectProperty<ReturnRequestReason> reasonProperty() {
        return reason;
    }

    public ObjectProperty<DeliveryMethod> collectMethodProperty() {
        return collectMethod;
    }

    public ObjectProperty<DeliveryCompany> companyProperty() {
        return company;
    }

    public StringProperty trackingNumberProperty() {
        return trackingNumber;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public ObservableList<ReturnRequestReason> reasons() {
        return reasons;
    }

    public ObservableList<DeliveryMethod> methods() {
        return methods;
    }

    public ReadOnlyStringProperty reasonErrorProperty() {
        return reasonError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty methodErrorProperty() {
        return methodError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty companyErrorProperty() {
        return companyError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty trackingErrorProperty() {
        return trackingError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty quantityErrorProperty() {
        return quantityError.getReadOnlyProperty();
    }
}
