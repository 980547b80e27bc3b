package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.ClaimReason;
import io.orderdesk.domain.DelayedDispatchReason;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.HoldbackReason;
import java.time.Instant;

/**
 * The when and the particulars of one transition: a seller call's validated body, a buyer event's choices, or a
 * generated step. Each transition reads only the fields it needs; the rest stay null.
 */
final class Change {

    final Instant now;
    ClaimReason reason;
    String detail;
    Integer quantity;
    DeliveryMethod method;
    String company;
    String trackingNumber;
    Instant date;
    DelayedDispatchReason delayReason;
    HoldbackReason holdbackReason;
    long extraFee;
    Address address;

    private Change(Instant now) {
        this.now = now;
    }

    static Change at(Instant now) {
        return new Change(now);
    }

    Change reason(ClaimReason value, String detailText) {
        this.reason = value;
        this.detail = detailText;
        return this;
    }

    Change quantity(Integer value) {
        this.quantity = value;
        return this;
    }

    Change shipment(DeliveryMethod deliveryMethod, String deliveryCompany, String tracking) {
        this.method = deliveryMethod;
        this.company = deliveryCompany;
        this.trackingNumber = tracking;
        return this;
    }

    Change date(Instant value) {
        this.date = value;
        return this;
    }

    Change delay(DelayedDispatchReason value, String detailText) {
        this.delayReason = value;
        this.detail = detailText;
        return this;
    }

    Change holdback(HoldbackReason value, String detailText, long fee) {
        this.holdbackReason = value;
        this.detail = detailText;
        this.extraFee = fee;
        return this;
    }

    Change address(Address value) {
        this.address = value;
        return this;
    }
}
