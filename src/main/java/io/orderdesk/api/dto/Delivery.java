package io.orderdesk.api.dto;

import io.orderdesk.domain.Coded;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.DeliveryStatus;
import java.time.OffsetDateTime;

/**
 * The shipment of a product order (배송), present once it has been dispatched: carrier, tracking number, tracking
 * status and whether Naver flagged the tracking number as wrong.
 */
public record Delivery(
        OffsetDateTime deliveredDate,
        Coded<DeliveryCompany> deliveryCompany,
        Coded<DeliveryMethod> deliveryMethod,
        Coded<DeliveryStatus> deliveryStatus,
        Boolean isWrongTrackingNumber,
        OffsetDateTime pickupDate,
        OffsetDateTime sendDate,
        String trackingNumber,
        OffsetDateTime wrongTrackingNumberRegisteredDate,
        String wrongTrackingNumberType) {
}
