package io.orderdesk.api.dto;

import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import java.time.OffsetDateTime;

/**
 * One line of a dispatch: the whole remaining quantity of the product order ships. Carrier and tracking number are
 * needed for parcel delivery only.
 */
public record DispatchProductOrder(
        String productOrderId,
        DeliveryMethod deliveryMethod,
        DeliveryCompany deliveryCompanyCode,
        String trackingNumber,
        OffsetDateTime dispatchDate) {
}
