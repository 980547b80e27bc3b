package io.orderdesk.ui.orders;

import io.orderdesk.domain.ShippingContact;
import io.orderdesk.store.OrderFilter;
import io.orderdesk.store.OrderSummary;
import io.orderdesk.store.SearchResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads pages of the order list in the background: the index's summaries, the contacts for the masked columns, and
 * whether each line needs a look.
 */
final class OrderPages {

    /**
     * What a new search starts with.
     *
     * @param pages page number → its lines: the first page, and the page around a line to find again
     */
    record Loaded(int total, Map<Integer, List<OrderLine>> pages) {
    }

    private final OrderSource source;
    private final SeenMarks seenMarks;

    OrderPages(OrderSource source, SeenMarks seenMarks) {
        this.source = source;
        this.seenMarks = seenMarks;
    }

    /** The first page with the total, plus the page holding row {@code near} when that is another one (-1: none). */
    Loaded first(OrderFilter filter, int near) {
        SearchResult first = source.search(filter.page(0, PagedOrderRows.PAGE_SIZE));
        Map<Integer, List<OrderLine>> pages = new LinkedHashMap<>();
        pages.put(0, lines(first.rows()));
        int page = near / PagedOrderRows.PAGE_SIZE;
        if (near >= 0 && page > 0 && near < first.total()) {
            pages.put(page, page(filter, page * PagedOrderRows.PAGE_SIZE, PagedOrderRows.PAGE_SIZE));
        }
        return new Loaded(first.total(), pages);
    }

    List<OrderLine> page(OrderFilter filter, int offset, int limit) {
        return lines(source.search(filter.page(offset, limit)).rows());
    }

    private List<OrderLine> lines(List<OrderSummary> summaries) {
        Map<String, ShippingContact> contacts = source.contacts(summaries.stream()
                .map(OrderSummary::productOrderId).toList());
        List<OrderLine> lines = new ArrayList<>(summaries.size());
        for (OrderSummary summary : summaries) {
            lines.add(new OrderLine(summary, contacts.getOrDefault(summary.productOrderId(), ShippingContact.NONE),
                    seenMarks.needsAttention(summary)));
        }
        return lines;
    }
}
