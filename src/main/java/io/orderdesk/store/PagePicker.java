package io.orderdesk.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns the hits of a search into the requested page, in the requested order. */
final class PagePicker {

    private PagePicker() {
    }

    /** Few hits: sort just them. */
    static List<OrderSummary> sortHits(List<IndexEntry> entries, int[] hits, int count, OrderFilter filter) {
        IndexEntry[] found = new IndexEntry[count];
        for (int i = 0; i < count; i++) {
            found[i] = entries.get(hits[i]);
        }
        Arrays.sort(found, SortKeys.of(filter.sortBy(), filter.descending()));
        int end = (int) Math.min(count, (long) filter.offset() + filter.limit());
        List<OrderSummary> page = new ArrayList<>(Math.max(0, end - filter.offset()));
        for (int i = filter.offset(); i < end; i++) {
            page.add(found[i].summary);
        }
        return page;
    }

    /** Many hits: walk the order of all lines for this sort and pick out the page's hits, without sorting. */
    static List<OrderSummary> walkOrder(List<IndexEntry> entries, int[] order, int[] hits, int count,
                                        OrderFilter filter) {
        boolean[] hit = new boolean[entries.size()];
        for (int i = 0; i < count; i++) {
            hit[hits[i]] = true;
        }
        long end = Math.min(count, (long) filter.offset() + filter.limit());
        List<OrderSummary> page = new ArrayList<>();
        int seen = 0;
        for (int slot : order) {
            if (seen >= end) {
                break;
            }
            if (hit[slot]) {
                if (seen >= filter.offset()) {
                    page.add(entries.get(slot).summary);
                }
                seen++;
            }
        }
        return page;
    }
}
