package io.orderdesk.sandbox.shop;

/** The {@code order} object of a product-order detail (§5.1). */
final class OrderJson {

    static final String POINT_MONEY = "포인트/머니결제";
    static final String PAY_LATER = "후불결제";

    private OrderJson() {
    }

    static Fields of(OrderRecord order) {
        long total = order.totalPayment();
        long points = Math.min(order.pointsUsed, total);
        long rest = total - points;
        boolean money = POINT_MONEY.equals(order.paymentMeans);
        boolean later = PAY_LATER.equals(order.paymentMeans);
        return new Fields()
                .with("chargeAmountPaymentAmount", money ? rest : 0L)
                .with("checkoutAccumulationPaymentAmount", 0L)
                .with("generalPaymentAmount", money || later ? 0L : rest)
                .with("naverMileagePaymentAmount", points)
                .date("orderDate", order.orderDate)
                .with("orderDiscountAmount", 0L)
                .with("orderId", order.orderId)
                .with("ordererId", order.orderer.memberId())
                .with("ordererName", order.gift ? order.orderer.maskedName() : order.orderer.name())
                .with("ordererTel", order.gift ? order.orderer.maskedTel() : order.orderer.tel())
                .date("paymentDate", order.paymentDate)
                .date("paymentDueDate", order.paymentDueDate)
                .with("paymentMeans", order.paymentMeans)
                .with("isDeliveryMemoParticularInput", "false")
                .with("payLocationType", order.payLocationType)
                .with("ordererNo", order.orderer.memberNo())
                .with("payLaterPaymentAmount", later ? rest : 0L)
                .with("isMembershipSubscribed", order.membership);
    }
}
