package io.orderdesk.ui.orders;

import io.orderdesk.store.OrderSummary;
import java.time.Instant;

/** Builds {@link OrderSummary} values for view-model tests, with plain defaults for everything unset. */
public final class TestLine {

    public static final Instant PAID = Instant.parse("2026-11-20T01:00:00Z");

    private final String id;
    private String status = "PAYED";
    private String place = "NOT_YET";
    private String claimType;
    private String claimStatus;
    private String holdback;
    private Instant paid = PAID;
    private String buyer = "홍길동";
    private String receiver = "홍길동";
    private String tail = "5678";
    private String product = "울 라운드 가디건";
    private long amount = 39_000;
    private String carrier;
    private String tracking;
    private boolean addressChanged;
    private boolean delayed;
    private Instant claimRequested;

    private TestLine(String id) {
        this.id = id;
    }

    public static TestLine of(String id) {
        return new TestLine(id);
    }

    public TestLine status(String productOrderStatus, String placeOrderStatus) {
        status = productOrderStatus;
        place = placeOrderStatus;
        return this;
    }

    public TestLine claim(String type, String claimStatusCode, Instant requested) {
        claimType = type;
        claimStatus = claimStatusCode;
        claimRequested = requested;
        return this;
    }

    public TestLine held() {
        holdback = "HOLDBACK";
        return this;
    }

    public TestLine paid(Instant value) {
        paid = value;
        return this;
    }

    public TestLine buyer(String name) {
        buyer = name;
        receiver = name;
        return this;
    }

    public TestLine product(String name) {
        product = name;
        return this;
    }

    public TestLine amount(long won) {
        amount = won;
        return this;
    }

    public TestLine shipped(String carrierCode, String trackingNumber) {
        carrier = carrierCode;
        tracking = trackingNumber;
        return this;
    }

    public TestLine addressChanged() {
        addressChanged = true;
        return this;
    }

    public TestLine delayed() {
        delayed = true;
        return this;
    }

    public OrderSummary build() {
        return new OrderSummary(id, "9" + id, status, place, claimType, claimStatus, holdback, paid.minusSeconds(30),
                paid, paid, "PAYED", paid.plusSeconds(3 * 86_400), null, buyer, tail, receiver, tail, product,
                "색상: 베이지", 1, amount, carrier, tracking, addressChanged, null, delayed, claimRequested);
    }
}
