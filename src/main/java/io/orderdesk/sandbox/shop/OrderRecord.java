package io.orderdesk.sandbox.shop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One order (주문) as the world holds it; its product orders carry the per-line state. */
final class OrderRecord {

    final String orderId;
    final String mallId;
    final Instant orderDate;
    final Person orderer;
    final boolean gift;
    final String paymentMeans;
    final String payLocationType;
    final boolean membership;
    final long pointsUsed;
    final String packageNumber;
    final List<ProductOrderRecord> lines = new ArrayList<>();
    Instant paymentDate;
    Instant paymentDueDate;

    OrderRecord(String orderId, String mallId, Instant orderDate, Person orderer, boolean gift, String paymentMeans,
                String payLocationType, boolean membership, long pointsUsed, String packageNumber) {
        this.orderId = orderId;
        this.mallId = mallId;
        this.orderDate = orderDate;
        this.orderer = orderer;
        this.gift = gift;
        this.paymentMeans = paymentMeans;
        this.payLocationType = payLocationType;
        this.membership = membership;
        this.pointsUsed = pointsUsed;
        this.packageNumber = packageNumber;
    }

    /** What the buyer paid for the whole order, before any claim. */
    long totalPayment() {
        long total = 0;
        for (ProductOrderRecord line : lines) {
            Amounts amounts = line.amounts;
            total += amounts.payment(amounts.quantity()) + amounts.fees(amounts.quantity());
        }
        return total;
    }
}
