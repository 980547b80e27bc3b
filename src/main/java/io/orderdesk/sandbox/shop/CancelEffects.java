package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.ClaimType;
import io.orderdesk.domain.ProductOrderStatus;
import java.time.Duration;

/** What cancel, admin-cancel and purchase-decision-holdback transitions (§7.2, §7.5) do to a product order. */
final class CancelEffects {

    private static final Duration REFUND_AFTER = Duration.ofDays(3);

    private CancelEffects() {
    }

    static void buyerCancelUnpaid(World world, ProductOrderRecord po, Change change) {
        Claims.open(world, po, ClaimType.CANCEL, ClaimStatus.CANCELING, change, Claims.BUYER);
    }

    static void cancelingDone(World world, ProductOrderRecord po, Change change) {
        complete(po, change);
    }

    static void buyerCancelRequest(World world, ProductOrderRecord po, Change change) {
        Claims.open(world, po, ClaimType.CANCEL, ClaimStatus.CANCEL_REQUEST, change, Claims.BUYER);
    }

    /** Before 발주 확인 Naver approves a buyer's cancel by itself. */
    static void buyerCancelApproved(World world, ProductOrderRecord po, Change change) {
        buyerCancelRequest(world, po, change);
        approve(world, po, change);
    }

    static void sellerCancel(World world, ProductOrderRecord po, Change change) {
        Claims.open(world, po, ClaimType.CANCEL, ClaimStatus.CANCEL_REQUEST, change, Claims.SELLER);
        approve(world, po, change);
    }

    static void approve(World world, ProductOrderRecord po, Change change) {
        po.claim.approvalDate = change.now;
        po.claim.refundExpectedDate = change.now.plus(REFUND_AFTER);
        complete(po, change);
    }

    static void withdraw(World world, ProductOrderRecord po, Change change) {
        Claims.finish(po, ClaimStatus.CANCEL_REJECT);
    }

    static void adminCancel(World world, ProductOrderRecord po, Change change) {
        Claims.open(world, po, ClaimType.ADMIN_CANCEL, ClaimStatus.ADMIN_CANCELING, change, Claims.ADMIN);
    }

    static void adminCancelDone(World world, ProductOrderRecord po, Change change) {
        po.claim.approvalDate = change.now;
        if (Claims.complete(po, ClaimStatus.ADMIN_CANCEL_DONE, change.now)) {
            po.status = ProductOrderStatus.CANCELED;
        }
    }

    static void adminCancelReject(World world, ProductOrderRecord po, Change change) {
        Claims.finish(po, ClaimStatus.ADMIN_CANCEL_REJECT);
    }

    static void decisionHoldback(World world, ProductOrderRecord po, Change change) {
        Claims.open(world, po, ClaimType.PURCHASE_DECISION_HOLDBACK, ClaimStatus.PURCHASE_DECISION_HOLDBACK,
                change, Claims.ADMIN);
    }

    static void decisionRequest(World world, ProductOrderRecord po, Change change) {
        po.claim.status = ClaimStatus.PURCHASE_DECISION_REQUEST;
    }

    static void decisionRelease(World world, ProductOrderRecord po, Change change) {
        po.claim.completedDate = change.now;
        Claims.finish(po, ClaimStatus.PURCHASE_DECISION_HOLDBACK_RELEASE);
    }

    private static void complete(ProductOrderRecord po, Change change) {
        if (Claims.complete(po, ClaimStatus.CANCEL_DONE, change.now)) {
            po.status = ProductOrderStatus.CANCELED;
        }
    }
}
