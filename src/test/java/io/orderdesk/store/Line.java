package io.orderdesk.store;

import java.time.Instant;

/** Builds {@link StoredProductOrder} rows for tests and the benchmark, with plain defaults for everything unset. */
final class Line {

    private final String productOrderId;
    private String orderId;
    private String json;
    private String status = "PAYED";
    private String placeOrderStatus = "NOT_YET";
    private String claimType;
    private String claimStatus;
    private String holdbackStatus;
    private Instant orderDate = Instant.parse("2024-03-04T11:14:52.318Z");
    private Instant paymentDate = Instant.parse("2024-03-04T11:15:07.904Z");
    private Instant lastChangedDate = Instant.parse("2024-03-04T11:15:07.904Z");
    private String lastChangedType = "PAYED";
    private Instant shippingDueDate;
    private Instant dispatchedDate;
    private String buyer = "홍길동";
    private String buyerTail = "5678";
    private String receiver = "홍길동";
    private String receiverTail = "5678";
    private String product = "울 라운드 가디건";
    private String option = "색상: 베이지";
    private Integer quantity = 1;
    private Long amount = 39_000L;
    private String carrier;
    private String tracking;
    private boolean addressChanged;
    private String gift;
    private boolean delayed;
    private Instant claimRequestDate;

    private Line(String productOrderId) {
        this.productOrderId = productOrderId;
        this.orderId = "9" + productOrderId;
    }

    static Line of(String productOrderId) {
        return new Line(productOrderId);
    }

    Line order(String id) {
        orderId = id;
        return this;
    }

    Line json(String value) {
        json = value;
        return this;
    }

    Line status(String productOrderStatus, String place) {
        status = productOrderStatus;
        placeOrderStatus = place;
        return this;
    }

    Line claim(String type, String claimStatusCode) {
        claimType = type;
        claimStatus = claimStatusCode;
        return this;
    }

    Line holdback(String value) {
        holdbackStatus = value;
        return this;
    }

    Line paid(Instant value) {
        paymentDate = value;
        return this;
    }

    Line changed(Instant date, String type) {
        lastChangedDate = date;
        lastChangedType = type;
        return this;
    }

    Line due(Instant value) {
        shippingDueDate = value;
        return this;
    }

    Line buyer(String name, String tail) {
        buyer = name;
        buyerTail = tail;
        return this;
    }

    Line receiver(String name, String tail) {
        receiver = name;
        receiverTail = tail;
        return this;
    }

    Line product(String name, String productOption) {
        product = name;
        option = productOption;
        return this;
    }

    Line quantity(Integer value) {
        quantity = value;
        return this;
    }

    Line amount(Long value) {
        amount = value;
        return this;
    }

    Line shipped(String company, String trackingNumber, Instant sent) {
        carrier = company;
        tracking = trackingNumber;
        dispatchedDate = sent;
        return this;
    }

    Line addressChanged(boolean value) {
        addressChanged = value;
        return this;
    }

    Line delayed(boolean value) {
        delayed = value;
        return this;
    }

    Line claimRequested(Instant value) {
        claimRequestDate = value;
        return this;
    }

    Line gift(String value) {
        gift = value;
        return this;
    }

    StoredProductOrder build() {
        String detail = json != null ? json
                : "{\"productOrder\":{\"productOrderId\":\"" + productOrderId + "\",\"productOrderStatus\":\""
                        + status + "\",\"claimStatus\":" + quoted(claimStatus) + ",\"trackingNumber\":"
                        + quoted(tracking) + "}}";
        return new StoredProductOrder(new OrderSummary(productOrderId, orderId, status, placeOrderStatus, claimType,
                claimStatus, holdbackStatus, orderDate, paymentDate, lastChangedDate, lastChangedType,
                shippingDueDate, dispatchedDate, buyer, buyerTail, receiver, receiverTail, product, option, quantity,
                amount, carrier, tracking, addressChanged, gift, delayed, claimRequestDate), detail);
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
