package io.orderdesk.api.dto;

import io.orderdesk.domain.ClaimDeliveryFeeSupportType;
import io.orderdesk.domain.ClaimReason;
import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.Coded;
import io.orderdesk.domain.CollectStatus;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.DeliveryStatus;
import io.orderdesk.domain.HoldbackReason;
import io.orderdesk.domain.HoldbackStatus;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An exchange (교환) of a product order, found under {@code currentClaim.exchange}, {@code beforeClaim.exchange} (or the
 * deprecated top-level {@code exchange}): collection of the original, holdback state and re-delivery of the
 * replacement.
 */
public record ExchangeClaim(
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
        String exchangeDetailedReason,
        Coded<ClaimReason> exchangeReason,
        String holdbackDetailedReason,
        Coded<HoldbackReason> holdbackReason,
        Coded<HoldbackStatus> holdbackStatus,
        Coded<DeliveryMethod> reDeliveryMethod,
        Coded<DeliveryStatus> reDeliveryStatus,
        Coded<DeliveryCompany> reDeliveryCompany,
        String reDeliveryTrackingNumber,
        Address reDeliveryAddress,
        String requestChannel,
        Integer requestQuantity,
        Address returnReceiveAddress,
        OffsetDateTime holdbackConfigDate,
        String holdbackConfigurer,
        OffsetDateTime holdbackReleaseDate,
        String holdbackReleaser,
        String claimDeliveryFeeProductOrderIds,
        OffsetDateTime reDeliveryOperationDate,
        Long claimDeliveryFeeDiscountAmount,
        Long remoteAreaCostChargeAmount,
        Long membershipsArrivalGuaranteeClaimSupportingAmount,
        List<String> exchangeImageUrl,
        Coded<ClaimDeliveryFeeSupportType> claimDeliveryFeeSupportType,
        Long claimDeliveryFeeSupportAmount) {
}
