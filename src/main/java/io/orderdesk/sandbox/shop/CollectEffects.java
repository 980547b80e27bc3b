package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.ClaimType;
import io.orderdesk.domain.CollectStatus;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.HoldbackReason;
import io.orderdesk.domain.ProductOrderStatus;

/** What return (§7.3) transitions, and the collection steps returns and exchanges share, do to a product order. */
final class CollectEffects {

    private CollectEffects() {
    }

    /** A buyer's request through Naver: collected by the shop's designated return courier. */
    static void buyerReturnRequest(World world, ProductOrderRecord po, Change change) {
        ClaimRecord claim = Claims.open(world, po, ClaimType.RETURN, ClaimStatus.RETURN_REQUEST, change,
                Claims.BUYER);
        designatedCollect(po, claim);
        claim.claimDeliveryFee = Claims.shippingFee(po, ClaimType.RETURN);
    }

    /** A return the seller registers; with a collect tracking number the goods are already on their way back. */
    static void sellerReturnRequest(World world, ProductOrderRecord po, Change change) {
        ClaimRecord claim = Claims.open(world, po, ClaimType.RETURN, ClaimStatus.RETURN_REQUEST, change,
                Claims.SELLER);
        claim.collectMethod = change.method;
        claim.collectCompany = change.company;
        claim.collectTrackingNumber = Shipments.normalize(change.trackingNumber);
        claim.collectAddress = po.shippingAddress;
        claim.collectStatus = CollectStatus.NOT_REQUESTED;
        if (claim.collectTrackingNumber != null) {
            claim.status = ClaimStatus.COLLECTING;
            claim.collectStatus = CollectStatus.DELIVERING;
        }
        claim.claimDeliveryFee = Claims.shippingFee(po, ClaimType.RETURN);
    }

    static void designatedCollect(ProductOrderRecord po, ClaimRecord claim) {
        claim.collectMethod = DeliveryMethod.RETURN_DESIGNATED;
        claim.collectCompany = po.delivery != null && po.delivery.company != null ? po.delivery.company : "CJGLS";
        claim.collectStatus = CollectStatus.COLLECT_REQUEST_TO_DELIVERY_COMPANY;
        claim.collectAddress = po.shippingAddress;
    }

    static void pickup(World world, ProductOrderRecord po, Change change) {
        ClaimRecord claim = po.claim;
        claim.status = ClaimStatus.COLLECTING;
        claim.collectStatus = CollectStatus.DELIVERING;
        if (claim.collectTrackingNumber == null && claim.collectCompany != null) {
            claim.collectTrackingNumber = Shipments.newTrackingNumber(world, claim.collectCompany);
        }
    }

    static void collectDone(World world, ProductOrderRecord po, Change change) {
        po.claim.status = ClaimStatus.COLLECT_DONE;
        po.claim.collectStatus = CollectStatus.DELIVERED;
        po.claim.collectCompletedDate = change.now;
    }

    static void approveReturn(World world, ProductOrderRecord po, Change change) {
        po.claim.approvalDate = change.now;
        po.claim.refundExpectedDate = change.now.plusSeconds(2 * 24 * 3600);
        if (Claims.complete(po, ClaimStatus.RETURN_DONE, change.now)) {
            po.status = ProductOrderStatus.RETURNED;
        }
    }

    static void rejectReturn(World world, ProductOrderRecord po, Change change) {
        Claims.finish(po, ClaimStatus.RETURN_REJECT);
    }

    static void hold(World world, ProductOrderRecord po, Change change) {
        Claims.hold(po.claim, change.holdbackReason, change.detail, change.extraFee, change.now, Claims.SELLER);
    }

    static void release(World world, ProductOrderRecord po, Change change) {
        Claims.release(po.claim, change.now, Claims.SELLER);
    }

    static HoldbackReason feeHoldReason(ClaimType type) {
        return type == ClaimType.EXCHANGE ? HoldbackReason.EXCHANGE_DELIVERYFEE : HoldbackReason.RETURN_DELIVERYFEE;
    }
}
