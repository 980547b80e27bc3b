package io.orderdesk.sandbox.shop;

import static io.orderdesk.domain.ProductOrderStatus.DELIVERED;
import static io.orderdesk.domain.ProductOrderStatus.DELIVERING;
import static io.orderdesk.domain.ProductOrderStatus.EXCHANGED;
import static io.orderdesk.domain.ProductOrderStatus.PAYED;
import static io.orderdesk.domain.ProductOrderStatus.PAYMENT_WAITING;

import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.ClaimType;
import io.orderdesk.domain.PlaceOrderStatus;

/**
 * The preconditions of {@link Transitions}: each returns the API error code that refuses the transition, or null
 * when it may happen. Which code means what is decided here, once: 104442 wrong product-order or claim state, 104443
 * wrong place-order state, 105306 the requested state is already the current one, 104417 exchange re-delivery not
 * possible now, 104133 a quantity the product order does not have.
 */
final class Guards {

    private Guards() {
    }

    static String isNew(ProductOrderRecord po, Change change) {
        return po.status == null ? null : Codes.STATE;
    }

    static String unpaid(ProductOrderRecord po, Change change) {
        return po.status == PAYMENT_WAITING && !po.hasOpenClaim() ? null : Codes.STATE;
    }

    static String confirm(ProductOrderRecord po, Change change) {
        if (po.status != PAYED || po.hasOpenClaim()) {
            return Codes.STATE;
        }
        return po.placeOrderStatus == PlaceOrderStatus.OK ? Codes.SAME_STATE : null;
    }

    static String confirmedAndFree(ProductOrderRecord po, Change change) {
        if (po.status != PAYED || po.hasOpenClaim()) {
            return Codes.STATE;
        }
        return po.placeOrderStatus == PlaceOrderStatus.OK ? null : Codes.PLACE_ORDER_STATE;
    }

    static String dispatch(ProductOrderRecord po, Change change) {
        return po.isGiftWaiting() ? Codes.STATE : confirmedAndFree(po, change);
    }

    static String dispatchOverCancelRequest(ProductOrderRecord po, Change change) {
        if (po.status != PAYED || po.isGiftWaiting() || po.claim == null
                || !po.claim.is(ClaimType.CANCEL, ClaimStatus.CANCEL_REQUEST)) {
            return Codes.STATE;
        }
        return po.placeOrderStatus == PlaceOrderStatus.OK ? null : Codes.PLACE_ORDER_STATE;
    }

    static String parcelPickup(ProductOrderRecord po, Change change) {
        return po.status == DELIVERING && po.delivery != null && po.delivery.isTracked()
                && po.delivery.pickupDate == null ? null : Codes.STATE;
    }

    static String delivering(ProductOrderRecord po, Change change) {
        return po.status == DELIVERING ? null : Codes.STATE;
    }

    static String decide(ProductOrderRecord po, Change change) {
        return po.isIn(DELIVERING, DELIVERED, EXCHANGED) && !po.hasOpenClaim() ? null : Codes.STATE;
    }

    static String autoDecide(ProductOrderRecord po, Change change) {
        return po.isIn(DELIVERED, EXCHANGED) && !po.hasOpenClaim() ? null : Codes.STATE;
    }

    static String addressChange(ProductOrderRecord po, Change change) {
        boolean shipsSomewhere = po.shippingAddress != null && !po.isGiftWaiting();
        return po.isIn(PAYMENT_WAITING, PAYED) && shipsSomewhere && !po.hasOpenClaim() ? null : Codes.STATE;
    }

    static String giftWaiting(ProductOrderRecord po, Change change) {
        if (po.giftStatus == null || po.status != PAYED) {
            return Codes.STATE;
        }
        return po.isGiftWaiting() ? null : Codes.SAME_STATE;
    }

    static String cancelBeforeConfirm(ProductOrderRecord po, Change change) {
        if (po.status != PAYED || po.placeOrderStatus != PlaceOrderStatus.NOT_YET || po.hasOpenClaim()) {
            return Codes.STATE;
        }
        return quantity(po, change);
    }

    static String cancelAfterConfirm(ProductOrderRecord po, Change change) {
        String state = confirmedAndFree(po, change);
        return state != null ? (Codes.PLACE_ORDER_STATE.equals(state) ? Codes.STATE : state) : quantity(po, change);
    }

    static String sellerCancel(ProductOrderRecord po, Change change) {
        return po.status == PAYED && !po.hasOpenClaim() ? quantity(po, change) : Codes.STATE;
    }

    static String adminCancel(ProductOrderRecord po, Change change) {
        return po.isIn(PAYMENT_WAITING, PAYED, DELIVERING, DELIVERED) && !po.hasOpenClaim() ? null : Codes.STATE;
    }

    static String afterShipping(ProductOrderRecord po, Change change) {
        return po.isIn(DELIVERING, DELIVERED, EXCHANGED) && !po.hasOpenClaim() ? quantity(po, change) : Codes.STATE;
    }

    static String decisionHoldback(ProductOrderRecord po, Change change) {
        return po.status == DELIVERED && !po.hasOpenClaim() ? null : Codes.STATE;
    }

    static String claimIn(ProductOrderRecord po, ClaimType type, ClaimStatus... statuses) {
        return po.claim != null && po.claim.is(type, statuses) ? null : Codes.STATE;
    }

    static String approveReturn(ProductOrderRecord po, Change change) {
        String state = claimIn(po, ClaimType.RETURN, ClaimStatus.RETURN_REQUEST, ClaimStatus.COLLECTING,
                ClaimStatus.COLLECT_DONE);
        return state != null || !po.claim.isHeld() ? state : Codes.STATE;
    }

    static String holdback(ProductOrderRecord po, ClaimType type) {
        String state = openReturnOrExchange(po, type);
        return state != null || !po.claim.isHeld() ? state : Codes.SAME_STATE;
    }

    static String release(ProductOrderRecord po, ClaimType type) {
        String state = openReturnOrExchange(po, type);
        return state != null || po.claim.isHeld() ? state : Codes.SAME_STATE;
    }

    static String openReturnOrExchange(ProductOrderRecord po, ClaimType type) {
        ClaimStatus request = type == ClaimType.RETURN ? ClaimStatus.RETURN_REQUEST : ClaimStatus.EXCHANGE_REQUEST;
        return claimIn(po, type, request, ClaimStatus.COLLECTING, ClaimStatus.COLLECT_DONE);
    }

    static String collectExchange(ProductOrderRecord po, Change change) {
        if (po.claim != null && po.claim.is(ClaimType.EXCHANGE, ClaimStatus.COLLECT_DONE)) {
            return Codes.SAME_STATE;
        }
        return claimIn(po, ClaimType.EXCHANGE, ClaimStatus.EXCHANGE_REQUEST, ClaimStatus.COLLECTING);
    }

    static String redispatchExchange(ProductOrderRecord po, Change change) {
        boolean ready = po.claim != null && po.claim.is(ClaimType.EXCHANGE, ClaimStatus.COLLECT_DONE)
                && !po.claim.isHeld();
        return ready ? null : Codes.EXCHANGE_STATE;
    }

    /** Partial claims may not ask for more than what remains (104133 잘못된 요청). */
    private static String quantity(ProductOrderRecord po, Change change) {
        if (change.quantity != null && change.quantity > po.remainQuantity) {
            return Codes.BAD_REQUEST;
        }
        return po.remainQuantity > 0 ? null : Codes.STATE;
    }
}
