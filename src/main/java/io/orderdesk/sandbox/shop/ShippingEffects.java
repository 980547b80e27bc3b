package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.DeliveryStatus;
import io.orderdesk.domain.GiftReceivingStatus;
import io.orderdesk.domain.PlaceOrderStatus;
import io.orderdesk.domain.ProductOrderStatus;

/** What the normal-flow transitions (§7.1) do to a product order. */
final class ShippingEffects {

    private static final int SHIPPING_DAYS = 3;

    private ShippingEffects() {
    }

    static void placeUnpaid(World world, ProductOrderRecord po, Change change) {
        po.status = ProductOrderStatus.PAYMENT_WAITING;
        po.placeOrderStatus = PlaceOrderStatus.NOT_YET;
    }

    static void pay(World world, ProductOrderRecord po, Change change) {
        po.status = ProductOrderStatus.PAYED;
        po.placeOrderStatus = PlaceOrderStatus.NOT_YET;
        if (po.order.paymentDate == null) {
            po.order.paymentDate = change.now;
        }
        po.shippingDueDate = Dates.endOfDayAfter(change.now, SHIPPING_DAYS);
    }

    static void noPayment(World world, ProductOrderRecord po, Change change) {
        po.status = ProductOrderStatus.CANCELED_BY_NOPAYMENT;
    }

    static void confirm(World world, ProductOrderRecord po, Change change) {
        po.placeOrderStatus = PlaceOrderStatus.OK;
        po.placeOrderDate = change.now;
    }

    static void delay(World world, ProductOrderRecord po, Change change) {
        po.shippingDueDate = change.date;
        po.delayReason = change.delayReason;
        po.delayDetail = change.detail;
    }

    static void dispatch(World world, ProductOrderRecord po, Change change) {
        boolean tracked = Shipments.needsTracking(change.method);
        String tracking = tracked ? Shipments.normalize(change.trackingNumber) : null;
        po.status = ProductOrderStatus.DELIVERING;
        po.dispatchedDate = change.now;
        po.delivery = new DeliveryRecord(change.method, tracked ? change.company : null, tracking,
                change.date != null ? change.date : change.now);
        if (tracked) {
            world.useTracking(change.company, tracking, po.order.orderId);
        }
    }

    static void dispatchOverCancelRequest(World world, ProductOrderRecord po, Change change) {
        Claims.finish(po, ClaimStatus.CANCEL_REJECT);
        dispatch(world, po, change);
    }

    static void parcelPickup(World world, ProductOrderRecord po, Change change) {
        po.delivery.pickupDate = change.now;
        po.delivery.status = DeliveryStatus.DELIVERING;
    }

    static void deliver(World world, ProductOrderRecord po, Change change) {
        po.status = ProductOrderStatus.DELIVERED;
        po.delivery.deliveredDate = change.now;
        if (po.delivery.isTracked()) {
            po.delivery.status = DeliveryStatus.DELIVERY_COMPLETION;
        }
    }

    static void decide(World world, ProductOrderRecord po, Change change) {
        po.status = ProductOrderStatus.PURCHASE_DECIDED;
        po.decisionDate = change.now;
    }

    static void changeAddress(World world, ProductOrderRecord po, Change change) {
        po.shippingAddress = change.address;
        po.addressChanged = true;
    }

    static void acceptGift(World world, ProductOrderRecord po, Change change) {
        po.giftStatus = GiftReceivingStatus.RECEIVED;
        po.giftReceivedDate = change.now;
        po.shippingAddress = change.address;
    }
}
