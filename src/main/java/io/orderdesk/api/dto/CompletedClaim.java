package io.orderdesk.api.dto;

import io.orderdesk.domain.ClaimDeliveryFeeSupportType;
import io.orderdesk.domain.ClaimReason;
import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.ClaimType;
import io.orderdesk.domain.Coded;
import io.orderdesk.domain.CollectStatus;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.DeliveryStatus;
import io.orderdesk.domain.HoldbackReason;
import io.orderdesk.domain.HoldbackStatus;
import java.time.OffsetDateTime;

/**
 * A finished claim in {@code completedClaims}: the history of cancellations, returns and exchanges, including
 * partial-quantity ones, on one product order. {@code collectOperationDate}, {@code collectStartTime} and
 * {@code collectEndTime} are short plain strings, not date-times.
 */
public record CompletedClaim(
        Coded<ClaimType> claimType,
        String claimId,
        Coded<ClaimStatus> claimStatus,
        OffsetDateTime claimRequestDate,
        String requestChannel,
        String claimRequestDetailContent,
        Coded<ClaimReason> claimRequestReason,
        OffsetDateTime refundExpectedDate,
        String refundStandbyReason,
        String refundStandbyStatus,
        Integer requestQuantity,
        Long claimDeliveryFeeDemandAmount,
        String claimDeliveryFeePayMeans,
        String claimDeliveryFeePayMethod,
        Address returnReceiveAddress,
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
        OffsetDateTime holdbackConfigDate,
        String holdbackConfigurer,
        OffsetDateTime holdbackReleaseDate,
        String holdbackReleaser,
        String claimDeliveryFeeProductOrderIds,
        Long claimDeliveryFeeDiscountAmount,
        Long remoteAreaCostChargeAmount,
        OffsetDateTime claimCompleteOperationDate,
        OffsetDateTime claimRequestAdmissionDate,
        String collectOperationDate,
        String collectStartTime,
        String collectEndTime,
        String collectSlotId,
        Address reDeliveryAddress,
        Coded<DeliveryMethod> reDeliveryMethod,
        Coded<DeliveryStatus> reDeliveryStatus,
        Coded<DeliveryCompany> reDeliveryCompany,
        String reDeliveryTrackingNumber,
        OffsetDateTime reDeliveryOperationDate,
        Long membershipsArrivalGuaranteeClaimSupportingAmount,
        Coded<ClaimDeliveryFeeSupportType> claimDeliveryFeeSupportType,
        Long claimDeliveryFeeSupportAmount) {
}
