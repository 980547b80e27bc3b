package io.orderdesk.sandbox.shop;

/** The admin path's view of one product order: its state at a glance plus the full {@code /query} detail. */
final class ProductOrderView {

    private ProductOrderView() {
    }

    static Fields of(ProductOrderRecord po) {
        return new Fields()
                .with("productOrderId", po.productOrderId)
                .with("orderId", po.order.orderId)
                .code("productOrderStatus", po.status)
                .code("placeOrderStatus", po.placeOrderStatus)
                .code("claimType", po.claim == null ? null : po.claim.type)
                .code("claimStatus", po.claim == null ? null : po.claim.status)
                .code("holdbackStatus", po.claim == null ? null : po.claim.holdbackStatus)
                .with("receiverAddressChanged", po.addressChanged)
                .code("giftReceivingStatus", po.giftStatus)
                .code("lastChangedType", po.lastChangedType)
                .date("lastChangedDate", po.lastChangedDate)
                .with("detail", DetailJson.of(po, true));
    }
}
