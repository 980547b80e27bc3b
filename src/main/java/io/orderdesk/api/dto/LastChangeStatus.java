package io.orderdesk.api.dto;

import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.ClaimType;
import io.orderdesk.domain.Coded;
import io.orderdesk.domain.GiftReceivingStatus;
import io.orderdesk.domain.LastChangedType;
import io.orderdesk.domain.ProductOrderStatus;
import java.time.OffsetDateTime;

/**
 * One product order in the change feed, with its latest change. {@code productOrderStatus} is the status now, not at
 * {@code lastChangedDate}. The claim fields are absent when there is no claim, and {@code paymentDate} is often absent
 * even for paid orders.
 */
public record LastChangeStatus(
        String orderId,
        String productOrderId,
        Coded<LastChangedType> lastChangedType,
        OffsetDateTime paymentDate,
        OffsetDateTime lastChangedDate,
        Coded<ProductOrderStatus> productOrderStatus,
        Coded<ClaimType> claimType,
        Coded<ClaimStatus> claimStatus,
        Boolean receiverAddressChanged,
        Coded<GiftReceivingStatus> giftReceivingStatus) {
}
