package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.LastChangedType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The last-changed index: one entry per product order at its latest change, ordered by (lastChangedDate,
 * productOrderId) exactly as the API sorts its answer, so a page is a range scan.
 */
final class ChangeFeed {

    private record Key(Instant date, String productOrderId) implements Comparable<Key> {

        @Override
        public int compareTo(Key other) {
            int byDate = date.compareTo(other.date);
            return byDate != 0 ? byDate : productOrderId.compareTo(other.productOrderId);
        }
    }

    private final TreeMap<Key, ProductOrderRecord> index = new TreeMap<>();

    void add(ProductOrderRecord productOrder) {
        index.put(new Key(productOrder.lastChangedDate, productOrder.productOrderId), productOrder);
    }

    void remove(ProductOrderRecord productOrder) {
        if (productOrder.lastChangedDate != null) {
            index.remove(new Key(productOrder.lastChangedDate, productOrder.productOrderId));
        }
    }

    /**
     * Up to {@code limit} entries with lastChangedDate in {@code [from, to]}, skipping those at exactly {@code from}
     * whose id sorts before {@code moreSequence} (§4.1 paging semantics), optionally only of one change type.
     */
    List<ProductOrderRecord> page(Instant from, String moreSequence, Instant to, LastChangedType type, int limit) {
        Key start = new Key(from, moreSequence == null ? "" : moreSequence);
        List<ProductOrderRecord> page = new ArrayList<>(Math.min(limit, 512));
        for (Map.Entry<Key, ProductOrderRecord> entry : index.tailMap(start, true).entrySet()) {
            if (entry.getKey().date().isAfter(to) || page.size() == limit) {
                break;
            }
            ProductOrderRecord productOrder = entry.getValue();
            if (type == null || productOrder.lastChangedType == type) {
                page.add(productOrder);
            }
        }
        return page;
    }
}
