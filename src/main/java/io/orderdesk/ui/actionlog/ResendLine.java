package io.orderdesk.ui.actionlog;

import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.ActionLineState;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One line about to be sent again. Lines of 발송 처리 and 교환 재배송 by parcel, and of 반품 요청, let carrier and tracking
 * number be corrected first (a wrong number is the usual reason such a line failed); the others go as they were.
 */
public final class ResendLine {

    private enum Correction { NONE, REQUIRED, OPTIONAL }

    private final String productOrderId;
    private final ActionLineState state;
    private final ActionInput original;
    private final Correction correction;
    private final ObjectProperty<DeliveryCompany> carrier = new SimpleObjectProperty<>();
    private final StringProperty tracking = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ResourceBundle bundle;

    ResendLine(ActionLineRow row, ResourceBundle bundle) {
        this.productOrderId = row.productOrderId();
        this.state = row.state();
        this.original = row.input();
        this.bundle = bundle;
        this.correction = correctionOf(original);
        if (original instanceof ActionInput.Dispatch d) {
            prefill(d.company(), d.trackingNumber());
        } else if (original instanceof ActionInput.Redeliver r) {
            prefill(r.company(), r.trackingNumber());
        } else if (original instanceof ActionInput.ReturnRequest r) {
            prefill(r.company(), r.trackingNumber());
        }
        carrier.addListener((observable, was, now) -> check());
        tracking.addListener((observable, was, now) -> check());
        check();
    }

    private static Correction correctionOf(ActionInput input) {
        if (input instanceof ActionInput.Dispatch d) {
            return isParcel(d.method()) ? Correction.REQUIRED : Correction.NONE;
        }
        if (input instanceof ActionInput.Redeliver r) {
            return isParcel(r.method()) ? Correction.REQUIRED : Correction.NONE;
        }
        return input instanceof ActionInput.ReturnRequest ? Correction.OPTIONAL : Correction.NONE;
    }

    private static boolean isParcel(DeliveryMethod method) {
        return method == DeliveryMethod.DELIVERY || method == DeliveryMethod.GDFW_ISSUE_SVC;
    }

    private void prefill(DeliveryCompany company, String number) {
        carrier.set(company == DeliveryCompany.UNKNOWN ? null : company);
        tracking.set(number == null ? "" : number);
    }

    private void check() {
        if (correction == Correction.NONE) {
            error.set("");
            return;
        }
        TrackingRule.Problem problem = TrackingRule.check(carrier.get(), tracking.get(),
                correction == Correction.REQUIRED);
        error.set(problem == null ? "" : bundle.getString("actionlog.tracking." + problem.name()));
    }

    /** The input to send: the corrected carrier and number where they can be corrected, else the input as it was. */
    public ActionInput input() {
        String number = TrackingRule.normalize(tracking.get());
        if (original instanceof ActionInput.Dispatch d && correction != Correction.NONE) {
            return new ActionInput.Dispatch(d.method(), carrier.get(), number, d.dispatchDate());
        }
        if (original instanceof ActionInput.Redeliver r && correction != Correction.NONE) {
            return new ActionInput.Redeliver(r.method(), carrier.get(), number);
        }
        if (original instanceof ActionInput.ReturnRequest r) {
            return new ActionInput.ReturnRequest(r.reason(), r.collectMethod(), carrier.get(), number, r.quantity());
        }
        return original;
    }

    public String productOrderId() {
        return productOrderId;
    }

    public ActionLineState state() {
        return state;
    }

    /** True when carrier and tracking number can be corrected on this line. */
    public boolean isCorrectable() {
        return correction != Correction.NONE;
    }

    public ObjectProperty<DeliveryCompany> carrierProperty() {
        return carrier;
    }

    public StringProperty trackingProperty() {
        return tracking;
    }

    /** What is wrong with the carrier and number, in a sentence; empty when the line may be sent. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
