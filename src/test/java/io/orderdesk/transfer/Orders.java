package io.orderdesk.transfer;

import io.orderdesk.store.OrderSummary;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Test orders in chosen states, and a lookup over them. */
final class Orders implements OrderLookup {

    private final Map<String, OrderSummary> byId = new LinkedHashMap<>();

    static OrderSummary order(String productOrderId, String orderId, String status, String placeOrder,
                              String claimType, String claimStatus) {
        return new OrderSummary(productOrderId, orderId, status, placeOrder, claimType, claimStatus, null,
                Instant.parse("2026-11-27T01:00:00Z"), Instant.parse("2026-11-27T01:05:00Z"),
                Instant.parse("2026-11-28T00:00:00Z"), "PAYED", Instant.parse("2026-11-30T15:00:00Z"), null,
                "김민지", "1234", "박서준", "5678", "무선 키보드 한글 자판", "색상: 화이트", 2, 59_000L,
                "CJGLS", null, false, null, false, null);
    }

    static OrderSummary ready(String productOrderId, String orderId) {
        return order(productOrderId, orderId, "PAYED", "OK", null, null);
    }

    Orders add(OrderSummary summary) {
        byId.put(summary.productOrderId(), summary);
        return this;
    }

    @Override
    public List<OrderSummary> summaries(Collection<String> productOrderIds) {
        return productOrderIds.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
