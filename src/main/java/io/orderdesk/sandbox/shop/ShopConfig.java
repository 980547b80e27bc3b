package io.orderdesk.sandbox.shop;

import java.util.Objects;

/**
 * How big and which demo world a {@link Shop} starts with. The same config and the same start instant always give the
 * same world.
 *
 * @param seed   seeds every random choice of the generator
 * @param orders number of orders spread over the period (each with one or more product orders)
 * @param days   length of the period before "now" the orders are spread over
 * @param mallId the merchant's Naver Pay id ({@code np_…}), written into every product order as {@code mallId}
 */
public record ShopConfig(long seed, int orders, int days, String mallId) {

    public static final int MAX_ORDERS = 100_000;
    public static final int MAX_DAYS = 365;

    public ShopConfig {
        Objects.requireNonNull(mallId, "mallId");
        if (orders < 0 || orders > MAX_ORDERS) {
            throw new IllegalArgumentException("orders must be 0.." + MAX_ORDERS + ": " + orders);
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be 1.." + MAX_DAYS + ": " + days);
        }
    }

    /** The demo shop: 500 orders over two weeks. */
    public static ShopConfig demo() {
        return new ShopConfig(42, 500, 14, "np_orderdesk");
    }

    public ShopConfig withSeed(long newSeed) {
        return new ShopConfig(newSeed, orders, days, mallId);
    }
}
