package io.orderdesk.ui.alerts;

/** What a sync brought that a shop worker should notice: new paid orders and new claims. */
public record Arrivals(int newOrders, int newClaims) {

    public static final Arrivals NONE = new Arrivals(0, 0);

    public Arrivals {
        if (newOrders < 0 || newClaims < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    public boolean isEmpty() {
        return newOrders == 0 && newClaims == 0;
    }

    public Arrivals plus(Arrivals other) {
        return new Arrivals(newOrders + other.newOrders, newClaims + other.newClaims);
    }
}
