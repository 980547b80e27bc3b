package io.orderdesk.api.dto;

import io.orderdesk.domain.ClaimReason;
import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.Coded;
import java.time.OffsetDateTime;

/**
 * A cancellation (취소) of a product order, found under {@code currentClaim.cancel} (or the deprecated top-level
 * {@code cancel}).
 */
public record CancelClaim(
        String claimId,
        OffsetDateTime cancelApprovalDate,
        OffsetDateTime cancelCompletedDate,
        String cancelDetailedReason,
        Coded<ClaimReason> cancelReason,
        OffsetDateTime claimRequestDate,
        Coded<ClaimStatus> claimStatus,
        OffsetDateTime refundExpectedDate,
        String refundStandbyReason,
        String refundStandbyStatus,
        String requestChannel,
        Integer requestQuantity) {
}
