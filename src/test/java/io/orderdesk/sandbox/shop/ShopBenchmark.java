package io.orderdesk.sandbox.shop;

import io.orderdesk.sandbox.ApiRequest;
import io.orderdesk.sandbox.ApiResult;
import io.orderdesk.sandbox.Endpoint;
import io.orderdesk.sandbox.SandboxClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Not a test: prints how many product-order details per second {@code /query} builds, 300 ids per call, on the demo
 * world. Run with {@code java -cp <test and main classes> io.orderdesk.sandbox.shop.ShopBenchmark [seconds]}.
 */
public final class ShopBenchmark {

    private ShopBenchmark() {
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        Shop shop = new Shop(SandboxClock.fixed(Instant.parse("2026-11-20T04:00:00Z")), ShopConfig.demo());
        List<String> ids = new ArrayList<>();
        shop.read(world -> {
            for (ProductOrderRecord po : world.productOrders()) {
                if (world.isOwn(po) && ids.size() < 300) {
                    ids.add(po.productOrderId);
                }
            }
            return null;
        });
        ApiRequest request = new ApiRequest(Map.of(), Map.of(), Map.of("productOrderIds", ids));
        run(shop, request, 1.0);
        double perSecond = run(shop, request, seconds);
        System.out.printf("/query with %d ids: %,.0f product-order details per second (target >= 2,000)%n",
                ids.size(), perSecond);
    }

    private static double run(Shop shop, ApiRequest request, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long details = 0;
        while (System.nanoTime() < deadline) {
            ApiResult result = shop.call(Endpoint.QUERY_PRODUCT_ORDERS, request);
            details += ((List<?>) result.data()).size();
        }
        return details / ((System.nanoTime() - start) / 1e9);
    }
}
