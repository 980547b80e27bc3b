package io.orderdesk.store;

import java.util.List;

/**
 * One page of the order list.
 *
 * @param total how many lines match the filter in all
 * @param rows  the requested page of them, in the requested order
 */
public record SearchResult(int total, List<OrderSummary> rows) {

    /** Copies the rows. */
    public SearchResult {
        rows = List.copyOf(rows);
    }
}
