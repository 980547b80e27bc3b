package io.orderdesk.api.dto;

import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.ReturnRequestReason;

/** Body of {@code claim/return/request} (반품 접수 by the seller); without a quantity everything is returned. */
public record ReturnRequest(
        ReturnRequestReason returnReason,
        DeliveryMethod collectDeliveryMethod,
        DeliveryCompany collectDeliveryCompany,
        String collectTrackingNumber,
        Integer returnQuantity) {
}
