package io.orderdesk.ui.orders;

import io.orderdesk.domain.OrderTab;
import io.orderdesk.domain.ShippingContact;
import io.orderdesk.store.OrderFilter;
import io.orderdesk.store.OrderSummary;
import io.orderdesk.store.SearchResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An order source over a list in memory: tabs by the real {@link OrderTab} rule, text as a plain substring of names
 * and ids, payment period, paging, and two sorts (payment date, product order id). Records every search.
 */
public final class FakeOrderSource implements OrderSource {

    public final List<OrderSummary> lines = new CopyOnWriteArrayList<>();
    public final List<OrderFilter> searches = new CopyOnWriteArrayList<>();
    public volatile RuntimeException failure;

    public FakeOrderSource(List<OrderSummary> initial) {
        lines.addAll(initial);
    }

    @Override
    public SearchResult search(OrderFilter filter) {
        searches.add(filter);
        if (failure != null) {
            throw failure;
        }
        List<OrderSummary> hits = lines.stream()
                .filter(s -> filter.tab().includes(s.facts()))
                .filter(s -> filter.text().isBlank() || s.ordererName().contains(filter.text())
                        || s.productOrderId().contains(filter.text()) || s.productName().contains(filter.text()))
                .filter(s -> filter.paidFrom() == null || !s.paymentDate().isBefore(filter.paidFrom()))
                .sorted(order(filter))
                .toList();
        int from = Math.min(filter.offset(), hits.size());
        int to = Math.min(hits.size(), filter.offset() + filter.limit());
        return new SearchResult(hits.size(), hits.subList(from, to));
    }

    private static Comparator<OrderSummary> order(OrderFilter filter) {
        Function<OrderSummary, String> key = switch (filter.sortBy()) {
            case PRODUCT_ORDER_ID -> OrderSummary::productOrderId;
            default -> s -> s.paymentDate().toString() + s.productOrderId();
        };
        Comparator<OrderSummary> comparator = Comparator.comparing(key);
        return filter.descending() ? comparator.reversed() : comparator;
    }

    @Override
    public Map<OrderTab, Integer> tabCounts() {
        Map<OrderTab, Integer> counts = new EnumMap<>(OrderTab.class);
        for (OrderTab tab : OrderTab.values()) {
            counts.put(tab, (int) lines.stream().filter(s -> tab.includes(s.facts())).count());
        }
        return counts;
    }

    @Override
    public Map<String, ShippingContact> contacts(Collection<String> productOrderIds) {
        return productOrderIds.stream().collect(Collectors.toMap(id -> id,
                id -> new ShippingContact("010-2345-" + id.substring(Math.max(0, id.length() - 4)),
                        "서울특별시 마포구 월드컵북로 396")));
    }

    /** {@code count} lines with ids 1000…, newest payment first by id. */
    public static List<OrderSummary> many(int count) {
        List<OrderSummary> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            result.add(TestLine.of(String.valueOf(1000 + i)).paid(TestLine.PAID.plusSeconds(i)).build());
        }
        return result;
    }
}
