package io.orderdesk.ui.actions;

import static io.orderdesk.domain.HoldbackReason.ETC;
import static io.orderdesk.domain.HoldbackReason.ETC2;
import static io.orderdesk.domain.HoldbackReason.EXCHANGE_DELIVERYFEE;
import static io.orderdesk.domain.HoldbackReason.EXCHANGE_EXTRAFEE;
import static io.orderdesk.domain.HoldbackReason.EXCHANGE_HOLDBACK;
import static io.orderdesk.domain.HoldbackReason.EXCHANGE_PRODUCT_NOT_DELIVERED;
import static io.orderdesk.domain.HoldbackReason.EXCHANGE_PRODUCT_READY;
import static io.orderdesk.domain.HoldbackReason.EXTRAFEEE;
import static io.orderdesk.domain.HoldbackReason.PURCHASER_CONFIRM_NEED;
import static io.orderdesk.domain.HoldbackReason.RETURN_DELIVERYFEE;
import static io.orderdesk.domain.HoldbackReason.RETURN_DELIVERYFEE_AND_EXTRAFEEE;
import static io.orderdesk.domain.HoldbackReason.RETURN_PRODUCT_NOT_DELIVERED;
import static io.orderdesk.domain.HoldbackReason.SELLER_CONFIRM_NEED;
import static io.orderdesk.domain.HoldbackReason.SELLER_REMIT;

import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.HoldbackReason;
import io.orderdesk.domain.OrderAction;
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
 * 반품 보류 or 교환 보류 (§4.13, §4.18): the holdback type (only the types that fit a return, or an exchange), the
 * required detail (at most 500 characters) and an optional extra fee in whole won, 0 or more; blank sends none.
 */
public final class HoldbackFormViewModel extends FormBase {

    private static final List<HoldbackReason> RETURN_REASONS = List.of(RETURN_DELIVERYFEE, EXTRAFEEE,
            RETURN_DELIVERYFEE_AND_EXTRAFEEE, RETURN_PRODUCT_NOT_DELIVERED, SELLER_CONFIRM_NEED, PURCHASER_CONFIRM_NEED,
            SELLER_REMIT, ETC, ETC2);
    private static final List<HoldbackReason> EXCHANGE_REASONS = List.of(EXCHANGE_DELIVERYFEE, EXCHANGE_EXTRAFEE,
            EXCHANGE_PRODUCT_READY, EXCHANGE_PRODUCT_NOT_DELIVERED, EXCHANGE_HOLDBACK, SELLER_CONFIRM_NEED,
            PURCHASER_CONFIRM_NEED, SELLER_REMIT, ETC, ETC2);

    private final ObjectProperty<HoldbackReason> reason = new SimpleObjectProperty<>();
    private final StringProperty detail = new SimpleStringProperty("");
    private final StringProperty fee = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper reasonError = errorSlot();
    private final ReadOnlyStringWrapper detailError = errorSlot();
    private final ReadOnlyStringWrapper feeError = errorSlot();
    private final ObservableList<HoldbackReason> reasons;

    HoldbackFormViewModel(OrderAction action, List<ActionTarget> offered, Inputs inputs) {
        super(action, offered, inputs);
        List<HoldbackReason> choices = switch (action) {
            case RETURN_HOLDBACK -> RETURN_REASONS;
            case EXCHANGE_HOLDBACK -> EXCHANGE_REASONS;
            default -> throw new IllegalArgumentException("not a holdback: " + action);
        };
        this.reasons = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(choices));
        watch(reason, detail, fee);
    }

    @Override
    protected void check() {
        boolean offeredReason = reason.get() != null && reasons.contains(reason.get());
        reasonError.set(inputs.required(offeredReason ? reason.get() : null));
        detailError.set(inputs.requiredText(detail.get(), Inputs.MAX_TEXT));
        feeError.set(inputs.fee(fee.get()));
    }

    @Override
    protected ActionInput input(ActionTarget target) {
        return new ActionInput.Holdback(reason.get(), detail.get().strip(), Inputs.feeValue(fee.get()));
    }

    public ObjectProperty<HoldbackReason> reasonProperty() {
        return reason;
    }

    public StringProperty detailProperty() {
        return detail;
    }

    public StringProperty feeProperty() {
        return fee;
    }

    public ObservableList<HoldbackReason> reasons() {
        return reasons;
    }

    public ReadOnlyStringProperty reasonErrorProperty() {
        return reasonError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailErrorProperty() {
        return detailError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty feeErrorProperty() {
        return feeError.getReadOnlyProperty();
    }
}
