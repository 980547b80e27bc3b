package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.DeliveryStatus;
import java.time.Instant;

/** The outbound shipment of a product order, from dispatch on. */
final class DeliveryRecord {

    final DeliveryMethod method;
    final String company;
    final String trackingNumber;
    final Instant sendDate;
    Instant pickupDate;
    Instant deliveredDate;
    DeliveryStatus status;

    DeliveryRecord(DeliveryMethod method, String company, String trackingNumber, Instant sendDate) {
        this.method = method;
        this.company = company;
        this.trackingNumber = trackingNumber;
        this.sendDate = sendDate;
        this.status = trackingNumber == null ? DeliveryStatus.NOT_TRACKING : DeliveryStatus.COLLECT_WAIT;
    }

    boolean isTracked() {
        return trackingNumber != null;
    }

    Fields toJson() {
        return new Fields()
                .date("deliveredDate", deliveredDate)
                .with("deliveryCompany", company)
                .code("deliveryMethod", method)
                .code("deliveryStatus", status)
                .with("isWrongTrackingNumber", isTracked() ? Boolean.FALSE : null)
                .date("pickupDate", pickupDate)
                .date("sendDate", sendDate)
                .with("trackingNumber", trackingNumber);
    }
}
