package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.LastChangedType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Everything the shop knows: orders, product orders, the change feed, used tracking numbers and reviews. Not
 * thread-safe; {@link Shop} guards it with one lock. Maps keep insertion order so every walk is deterministic.
 */
final class World {

    final ShopConfig config;
    final Random random;
    final List<Review> reviews = new ArrayList<>();
    private final Map<String, OrderRecord> orders = new LinkedHashMap<>();
    private final Map<String, ProductOrderRecord> productOrders = new LinkedHashMap<>();
    private final ChangeFeed feed = new ChangeFeed();
    private final Map<String, String> trackingOwners = new HashMap<>();
    private final Set<String> ids = new HashSet<>();

    World(ShopConfig config) {
        this.config = config;
        this.random = new Random(config.seed());
    }

    /** A fresh 16-digit id: the KST date {@code yyyyMMdd} of {@code at} followed by 8 digits (§9.2 (e)). */
    String newId(Instant at) {
        String prefix = Dates.yyyyMMdd(at);
        String id;
        do {
            id = prefix + String.format("%08d", random.nextInt(100_000_000));
        } while (!ids.add(id));
        return id;
    }

    void add(OrderRecord order) {
        orders.put(order.orderId, order);
        for (ProductOrderRecord line : order.lines) {
            productOrders.put(line.productOrderId, line);
        }
    }

    OrderRecord order(String orderId) {
        return orders.get(orderId);
    }

    ProductOrderRecord productOrder(String productOrderId) {
        return productOrders.get(productOrderId);
    }

    Collection<ProductOrderRecord> productOrders() {
        return productOrders.values();
    }

    int orderCount() {
        return orders.size();
    }

    /** False for the few product orders of another mall that the world holds to exercise 101009. */
    boolean isOwn(ProductOrderRecord productOrder) {
        return productOrder.order.mallId.equals(config.mallId());
    }

    boolean isOwn(OrderRecord order) {
        return order.mallId.equals(config.mallId());
    }

    /** Records a change the feed shows, moving the product order to its new place in the feed. */
    void touch(ProductOrderRecord productOrder, LastChangedType type, Instant now) {
        feed.remove(productOrder);
        productOrder.lastChangedType = type;
        productOrder.lastChangedDate = now;
        if (isOwn(productOrder)) {
            feed.add(productOrder);
        }
    }

    ChangeFeed feed() {
        return feed;
    }

    /** The order that already shipped with this carrier and tracking number, or null. */
    String trackingOwner(String company, String trackingNumber) {
        return trackingOwners.get(trackingKey(company, trackingNumber));
    }

    void useTracking(String company, String trackingNumber, String orderId) {
        trackingOwners.put(trackingKey(company, trackingNumber), orderId);
    }

    private static String trackingKey(String company, String trackingNumber) {
        return company + ":" + trackingNumber.replace("-", "");
    }
}
