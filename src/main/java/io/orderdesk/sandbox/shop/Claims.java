package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.ClaimReason;
import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.ClaimType;
import io.orderdesk.domain.HoldbackReason;
import io.orderdesk.domain.HoldbackStatus;
import java.time.Instant;
import java.util.Set;

/** Opening and closing claims, shared by the claim effects so history is kept the same way for every kind. */
final class Claims {

    static final String BUYER = "구매자";
    static final String SELLER = "판매자";
    static final String ADMIN = "관리자";
    static final String SYSTEM = "시스템";

    /** Reasons that are the buyer's own doing, for which the buyer pays the return or exchange shipping. */
    private static final Set<ClaimReason> BUYER_FAULT = Set.of(ClaimReason.INTENT_CHANGED,
            ClaimReason.COLOR_AND_SIZE, ClaimReason.WRONG_ORDER, ClaimReason.PRODUCT_UNSATISFIED,
            ClaimReason.SIMPLE_INTENT_CHANGED, ClaimReason.MISTAKE_ORDER);

    private Claims() {
    }

    /**
     * Starts a claim for {@code change.quantity} (or all that remains). A finished exchange that was the current
     * claim moves to {@code beforeClaim.exchange}; any other finished claim is already in the completed history.
     */
    static ClaimRecord open(World world, ProductOrderRecord po, ClaimType type, ClaimStatus status, Change change,
                            String channel) {
        int quantity = change.quantity == null ? po.remainQuantity : change.quantity;
        ClaimRecord claim = new ClaimRecord(type, world.newId(change.now), status, change.now, channel,
                change.reason, change.detail, quantity);
        if (po.claim != null && po.claim.type == ClaimType.EXCHANGE) {
            po.beforeExchange = po.claim;
        }
        po.claim = claim;
        return claim;
    }

    /** Ends the current claim without completing it (withdrawn, rejected, released). */
    static void finish(ProductOrderRecord po, ClaimStatus status) {
        po.claim.status = status;
        po.completedClaims.add(po.claim);
    }

    /**
     * Completes the current cancel or return. A partial one reduces the remaining quantity, goes to the history and
     * leaves the product order as it was; returns true when the claim took everything that remained.
     */
    static boolean complete(ProductOrderRecord po, ClaimStatus done, Instant now) {
        ClaimRecord claim = po.claim;
        claim.status = done;
        claim.completedDate = now;
        po.completedClaims.add(claim);
        if (claim.requestQuantity < po.remainQuantity) {
            po.remainQuantity -= claim.requestQuantity;
            po.claim = null;
            return false;
        }
        po.remainQuantity = 0;
        return true;
    }

    static boolean isBuyerFault(ClaimReason reason) {
        return reason == null || BUYER_FAULT.contains(reason);
    }

    /** Return or exchange shipping the buyer owes: one way for a return, both ways for an exchange. */
    static long shippingFee(ProductOrderRecord po, ClaimType type) {
        if (!isBuyerFault(po.claim.reason)) {
            return 0;
        }
        long oneWay = 3_000;
        boolean shippedFree = po.amounts.deliveryFee() == 0;
        return type == ClaimType.EXCHANGE || shippedFree ? oneWay * 2 : oneWay;
    }

    static void hold(ClaimRecord claim, HoldbackReason reason, String detail, long fee, Instant now, String who) {
        claim.holdbackStatus = HoldbackStatus.HOLDBACK;
        claim.holdbackReason = reason;
        claim.holdbackDetail = detail;
        claim.etcFee = fee;
        claim.holdbackConfigDate = now;
        claim.holdbackConfigurer = who;
        claim.holdbackReleaseDate = null;
        claim.holdbackReleaser = null;
    }

    static void release(ClaimRecord claim, Instant now, String who) {
        claim.holdbackStatus = HoldbackStatus.RELEASED;
        claim.holdbackReleaseDate = now;
        claim.holdbackReleaser = who;
    }
}
