package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.ClaimType;

/** The claim objects of a product-order detail: {@code cancel} (§5.3), {@code return} (§5.4), {@code exchange} (§5.5). */
final class ClaimJson {

    private ClaimJson() {
    }

    /** {@code currentClaim}: the claim under its kind's key, or null when the claim has no object of its own. */
    static Fields current(ClaimRecord claim) {
        if (claim == null) {
            return null;
        }
        return switch (claim.type) {
            case CANCEL, ADMIN_CANCEL -> new Fields().with("cancel", cancel(claim));
            case RETURN -> new Fields().with("return", returnOf(claim));
            case EXCHANGE -> new Fields().with("exchange", exchange(claim));
            default -> null;
        };
    }

    static Fields cancel(ClaimRecord claim) {
        return new Fields()
                .with("claimId", claim.claimId)
                .date("cancelApprovalDate", claim.approvalDate)
                .date("cancelCompletedDate", claim.completedDate)
                .with("cancelDetailedReason", claim.detailedReason)
                .code("cancelReason", claim.reason)
                .date("claimRequestDate", claim.requestDate)
                .code("claimStatus", claim.status)
                .date("refundExpectedDate", claim.refundExpectedDate)
                .with("requestChannel", claim.requestChannel)
                .with("requestQuantity", claim.requestQuantity);
    }

    static Fields returnOf(ClaimRecord claim) {
        Fields json = fees(new Fields().with("claimId", claim.claimId), claim)
                .date("claimRequestDate", claim.requestDate)
                .code("claimStatus", claim.status);
        collect(json, claim);
        holdbackState(json, claim)
                .date("refundExpectedDate", claim.refundExpectedDate)
                .with("requestChannel", claim.requestChannel)
                .with("requestQuantity", claim.requestQuantity)
                .with("returnDetailedReason", claim.detailedReason)
                .code("returnReason", claim.reason)
                .with("returnReceiveAddress", Catalog.RETURN_ADDRESS.toJson())
                .date("returnCompletedDate", claim.completedDate);
        return holdbackDates(json, claim).with("claimDeliveryFeeDiscountAmount", 0L)
                .with("remoteAreaCostChargeAmount", remoteFee(claim));
    }

    static Fields exchange(ClaimRecord claim) {
        Fields json = fees(new Fields().with("claimId", claim.claimId), claim)
                .date("claimRequestDate", claim.requestDate)
                .code("claimStatus", claim.status);
        collect(json, claim)
                .with("exchangeDetailedReason", claim.detailedReason)
                .code("exchangeReason", claim.reason);
        holdbackState(json, claim);
        reDelivery(json, claim)
                .with("requestChannel", claim.requestChannel)
                .with("requestQuantity", claim.requestQuantity)
                .with("returnReceiveAddress", Catalog.RETURN_ADDRESS.toJson());
        return holdbackDates(json, claim)
                .date("reDeliveryOperationDate", claim.reDeliveryOperationDate)
                .with("claimDeliveryFeeDiscountAmount", 0L)
                .with("remoteAreaCostChargeAmount", remoteFee(claim));
    }

    static Fields fees(Fields json, ClaimRecord claim) {
        boolean charged = claim.claimDeliveryFee > 0;
        return json.with("claimDeliveryFeeDemandAmount", claim.claimDeliveryFee)
                .with("claimDeliveryFeePayMeans", charged ? "환불금에서 차감" : null)
                .with("claimDeliveryFeePayMethod", charged ? "환불금 차감" : null);
    }

    static Fields collect(Fields json, ClaimRecord claim) {
        return json.with("collectAddress", claim.collectAddress == null ? null : claim.collectAddress.toJson())
                .date("collectCompletedDate", claim.collectCompletedDate)
                .with("collectDeliveryCompany", claim.collectCompany)
                .code("collectDeliveryMethod", claim.collectMethod)
                .code("collectStatus", claim.collectStatus)
                .with("collectTrackingNumber", claim.collectTrackingNumber)
                .with("etcFeeDemandAmount", claim.etcFee);
    }

    static Fields holdbackState(Fields json, ClaimRecord claim) {
        return json.with("holdbackDetailedReason", claim.holdbackDetail)
                .code("holdbackReason", claim.holdbackReason)
                .code("holdbackStatus", claim.holdbackStatus);
    }

    static Fields holdbackDates(Fields json, ClaimRecord claim) {
        return json.date("holdbackConfigDate", claim.holdbackConfigDate)
                .with("holdbackConfigurer", claim.holdbackConfigurer)
                .date("holdbackReleaseDate", claim.holdbackReleaseDate)
                .with("holdbackReleaser", claim.holdbackReleaser);
    }

    static Fields reDelivery(Fields json, ClaimRecord claim) {
        return json.code("reDeliveryMethod", claim.reDeliveryMethod)
                .code("reDeliveryStatus", claim.reDeliveryStatus)
                .with("reDeliveryCompany", claim.reDeliveryCompany)
                .with("reDeliveryTrackingNumber", claim.reDeliveryTrackingNumber)
                .with("reDeliveryAddress", claim.reDeliveryAddress == null ? null : claim.reDeliveryAddress.toJson());
    }

    private static long remoteFee(ClaimRecord claim) {
        boolean remote = claim.collectAddress != null && claim.collectAddress.remote();
        return remote && claim.claimDeliveryFee > 0 ? 3_000L : 0L;
    }

    static boolean hasCollection(ClaimRecord claim) {
        return claim.type == ClaimType.RETURN || claim.type == ClaimType.EXCHANGE;
    }
}
