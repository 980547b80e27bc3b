package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.ClaimType;
import io.orderdesk.domain.DeliveryStatus;
import io.orderdesk.domain.ProductOrderStatus;

/** What exchange transitions (§7.4) do to a product order; collection steps are in {@link CollectEffects}. */
final class ExchangeEffects {

    private ExchangeEffects() {
    }

    /**
     * A buyer's exchange request. When the buyer is at fault it starts held back until the round-trip shipping is
     * paid ("교환요청(교환보류)", §4.18).
     */
    static void buyerRequest(World world, ProductOrderRecord po, Change change) {
        ClaimRecord claim = Claims.open(world, po, ClaimType.EXCHANGE, ClaimStatus.EXCHANGE_REQUEST,
                change.quantity(null), Claims.BUYER);
        CollectEffects.designatedCollect(po, claim);
        claim.reDeliveryAddress = po.shippingAddress;
        claim.claimDeliveryFee = Claims.shippingFee(po, ClaimType.EXCHANGE);
        if (claim.claimDeliveryFee > 0) {
            Claims.hold(claim, CollectEffects.feeHoldReason(ClaimType.EXCHANGE), "교환 배송비 결제 대기", 0,
                    change.now, Claims.SYSTEM);
        }
    }

    static void redispatch(World world, ProductOrderRecord po, Change change) {
        ClaimRecord claim = po.claim;
        boolean tracked = Shipments.needsTracking(change.method);
        claim.status = ClaimStatus.EXCHANGE_REDELIVERING;
        claim.reDeliveryMethod = change.method;
        claim.reDeliveryCompany = tracked ? change.company : null;
        claim.reDeliveryTrackingNumber = tracked ? Shipments.normalize(change.trackingNumber) : null;
        claim.reDeliveryStatus = tracked ? DeliveryStatus.DELIVERING : DeliveryStatus.NOT_TRACKING;
        claim.reDeliveryOperationDate = change.now;
        if (tracked) {
            world.useTracking(change.company, claim.reDeliveryTrackingNumber, po.order.orderId);
        }
    }

    static void redelivered(World world, ProductOrderRecord po, Change change) {
        ClaimRecord claim = po.claim;
        claim.completedDate = change.now;
        if (claim.reDeliveryStatus == DeliveryStatus.DELIVERING) {
            claim.reDeliveryStatus = DeliveryStatus.DELIVERY_COMPLETION;
        }
        Claims.finish(po, ClaimStatus.EXCHANGE_DONE);
        po.status = ProductOrderStatus.EXCHANGED;
    }

    static void reject(World world, ProductOrderRecord po, Change change) {
        Claims.finish(po, ClaimStatus.EXCHANGE_REJECT);
    }
}
