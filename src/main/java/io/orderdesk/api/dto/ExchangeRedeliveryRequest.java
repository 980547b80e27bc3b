package io.orderdesk.api.dto;

import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;

/** Body of {@code claim/exchange/dispatch} (교환 재배송): how the replacement goes out. */
public record ExchangeRedeliveryRequest(
        DeliveryMethod reDeliveryMethod,
        DeliveryCompany reDeliveryCompany,
        String reDeliveryTrackingNumber) {
}
