package io.orderdesk.api.dto;

import io.orderdesk.domain.ClaimDeliveryFeeSupportType;
import io.orderdesk.domain.ClaimReason;
import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.Coded;
import io.orderdesk.domain.CollectStatus;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.HoldbackReason;
import io.orderdesk.domain.HoldbackStatus;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A return (반품) of a product order, found under {@code currentClaim.return} (or the deprecated top-level
 * {@code return}): who collects the goods, where they go, holdback (보류) state and the fees charged to the buyer.
 */
public record ReturnClaim(
        String claimId,
        Long claimDeliveryFeeDemandAmount,
        String claimDeliveryFeePayMeans,
        String claimDeliveryFeePayMethod,
        OffsetDateTime claimRequestDate,
        Coded<ClaimStatus> claimStatus,
        Address collectAddress,
        OffsetDateTime collectCompletedDate,
        Coded<DeliveryCompany> collectDeliveryCompany,
        Coded<DeliveryMethod> collectDeliveryMethod,
        Coded<CollectStatus> collectStatus,
        String collectTrackingNumber,
        Long etcFeeDemandAmount,
        String etcFeePayMeans,
        String etcFeePayMethod,
        String holdbackDetailedReason,
        Coded<HoldbackReason> holdbackReason,
        Coded<HoldbackStatus> holdbackStatus,
        OffsetDateTime refundExpectedDate,
        String refundStandbyReason,
        String refundStandbyStatus,
        String requestChannel,
        Integer requestQuantity,
        String returnDetailedReason,
        Coded<ClaimReason> returnReason,
        Address returnReceiveAddress,
        OffsetDateTime returnCompletedDate,
        OffsetDateTime holdbackConfigDate,
        String holdbackConfigurer,
        OffsetDateTime holdbackReleaseDate,
        String holdbackReleaser,
        String claimDeliveryFeeProductOrderIds,
        Long claimDeliveryFeeDiscountAmount,
        Long remoteAreaCostChargeAmount,
        Long membershipsArrivalGuaranteeClaimSupportingAmount,
        List<String> returnImageUrl,
        Coded<ClaimDeliveryFeeSupportType> claimDeliveryFeeSupportType,
        Long claimDeliveryFeeSupportAmount) {
}
