package io.orderdesk.ui.importing;

import io.orderdesk.store.OrderSummary;
import io.orderdesk.ui.actions.DraftLine;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A store of ready-to-dispatch orders and a record of what was queued. */
final class FakeImportPort implements ImportPort {

    final Map<String, OrderSummary> orders = new ConcurrentHashMap<>();
    final List<List<DraftLine>> submitted = new CopyOnWriteArrayList<>();

    FakeImportPort(Collection<String> readyIds) {
        readyIds.forEach(id -> orders.put(id, order(id, "PAYED", "OK", null, null)));
    }

    FakeImportPort with(String id, String status, String placeOrder, String claimType, String claimStatus) {
        orders.put(id, order(id, status, placeOrder, claimType, claimStatus));
        return this;
    }

    @Override
    public List<OrderSummary> summaries(Collection<String> productOrderIds) {
        return productOrderIds.stream().map(orders::get).filter(Objects::nonNull).toList();
    }

    @Override
    public void submitDispatch(List<DraftLine> lines) {
        submitted.add(List.copyOf(lines));
    }

    private static OrderSummary order(String id, String status, String placeOrder, String claimType,
                                      String claimStatus) {
        return new OrderSummary(id, "O" + id, status, placeOrder, claimType, claimStatus, null,
                Instant.parse("2026-11-27T01:00:00Z"), Instant.parse("2026-11-27T01:05:00Z"), null, null, null, null,
                "김민지", "1234", "박서준", "5678", "무선 키보드", null, 1, 30_000L, null, null, false, null, false,
                null);
    }
}
