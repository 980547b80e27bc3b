package io.orderdesk.domain;

import java.time.Instant;

/**
 * A cancel, return or exchange on a product order as the detail pane shows it: in progress or completed.
 *
 * @param holdback  the hold (보류) on a return or exchange, or {@code null}
 * @param fees      what the buyer is charged for the claim, or {@code null} when nothing is
 * @param collect   the pick-up of the goods for a return or exchange, or {@code null}
 */
public record ClaimDetail(
        Coded<ClaimType> type,
        Coded<ClaimStatus> status,
        String claimId,
        Instant requestDate,
        Coded<ClaimReason> reason,
        String detailedReason,
        Integer requestQuantity,
        String requestChannel,
        Holdback holdback,
        Fees fees,
        Collect collect,
        Instant refundExpectedDate,
        Instant completedDate) {

    /** 보류. */
    public record Holdback(Coded<HoldbackStatus> status, Coded<HoldbackReason> reason, String detail,
                           Instant configuredAt, Instant releasedAt) {
    }

    /** 반품/교환 배송비 and other charges, in won. */
    public record Fees(Long claimDeliveryFee, String payMeans, Long etcFee, Long remoteAreaCost, Long discount) {
    }

    /** 수거. */
    public record Collect(Coded<DeliveryCompany> company, String trackingNumber, Coded<CollectStatus> status,
                          Instant completedDate) {
    }
}
