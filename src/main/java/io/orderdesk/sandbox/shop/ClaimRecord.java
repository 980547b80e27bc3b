package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.ClaimReason;
import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.ClaimType;
import io.orderdesk.domain.CollectStatus;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.DeliveryStatus;
import io.orderdesk.domain.HoldbackReason;
import io.orderdesk.domain.HoldbackStatus;
import java.time.Instant;
import java.util.Set;

/** One claim (cancel, return, exchange, admin cancel or purchase-decision holdback) on a product order. */
final class ClaimRecord {

    private static final Set<ClaimStatus> FINISHED = Set.of(
            ClaimStatus.CANCEL_DONE, ClaimStatus.CANCEL_REJECT, ClaimStatus.RETURN_DONE, ClaimStatus.RETURN_REJECT,
            ClaimStatus.EXCHANGE_DONE, ClaimStatus.EXCHANGE_REJECT, ClaimStatus.ADMIN_CANCEL_DONE,
            ClaimStatus.ADMIN_CANCEL_REJECT, ClaimStatus.PURCHASE_DECISION_HOLDBACK_RELEASE);

    final ClaimType type;
    final String claimId;
    final Instant requestDate;
    final String requestChannel;
    final ClaimReason reason;
    final String detailedReason;
    final int requestQuantity;
    ClaimStatus status;
    Instant approvalDate;
    Instant completedDate;
    Instant refundExpectedDate;
    long claimDeliveryFee;

    DeliveryMethod collectMethod;
    String collectCompany;
    String collectTrackingNumber;
    CollectStatus collectStatus;
    Address collectAddress;
    Instant collectCompletedDate;

    HoldbackStatus holdbackStatus;
    HoldbackReason holdbackReason;
    String holdbackDetail;
    long etcFee;
    Instant holdbackConfigDate;
    String holdbackConfigurer;
    Instant holdbackReleaseDate;
    String holdbackReleaser;

    DeliveryMethod reDeliveryMethod;
    String reDeliveryCompany;
    String reDeliveryTrackingNumber;
    DeliveryStatus reDeliveryStatus;
    Address reDeliveryAddress;
    Instant reDeliveryOperationDate;

    ClaimRecord(ClaimType type, String claimId, ClaimStatus status, Instant requestDate, String requestChannel,
                ClaimReason reason, String detailedReason, int requestQuantity) {
        this.type = type;
        this.claimId = claimId;
        this.status = status;
        this.requestDate = requestDate;
        this.requestChannel = requestChannel;
        this.reason = reason;
        this.detailedReason = detailedReason;
        this.requestQuantity = requestQuantity;
    }

    /** Completed or withdrawn: nothing more can happen to this claim. */
    boolean isFinished() {
        return FINISHED.contains(status);
    }

    boolean isHeld() {
        return holdbackStatus == HoldbackStatus.HOLDBACK;
    }

    boolean is(ClaimType claimType, ClaimStatus... statuses) {
        if (type != claimType) {
            return false;
        }
        for (ClaimStatus candidate : statuses) {
            if (status == candidate) {
                return true;
            }
        }
        return statuses.length == 0;
    }
}
