package io.orderdesk.sandbox.shop;

/** One entry of {@code completedClaims[]} (§5.6): a finished claim flattened into the history shape. */
final class CompletedClaimJson {

    private CompletedClaimJson() {
    }

    static Fields of(ClaimRecord claim) {
        Fields json = new Fields()
                .code("claimType", claim.type)
                .with("claimId", claim.claimId)
                .code("claimStatus", claim.status)
                .date("claimRequestDate", claim.requestDate)
                .with("requestChannel", claim.requestChannel)
                .with("claimRequestDetailContent", claim.detailedReason)
                .code("claimRequestReason", claim.reason)
                .date("refundExpectedDate", claim.refundExpectedDate)
                .with("requestQuantity", claim.requestQuantity);
        if (ClaimJson.hasCollection(claim)) {
            ClaimJson.fees(json, claim)
                    .with("returnReceiveAddress", Catalog.RETURN_ADDRESS.toJson());
            ClaimJson.collect(json, claim);
            ClaimJson.holdbackState(json, claim);
            ClaimJson.holdbackDates(json, claim);
        }
        json.date("claimCompleteOperationDate", claim.completedDate)
                .date("claimRequestAdmissionDate", claim.approvalDate);
        ClaimJson.reDelivery(json, claim)
                .date("reDeliveryOperationDate", claim.reDeliveryOperationDate);
        return json;
    }
}
