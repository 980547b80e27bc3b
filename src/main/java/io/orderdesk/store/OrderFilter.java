package io.orderdesk.store;

import io.orderdesk.domain.OrderTab;
import java.time.Instant;
import java.util.Objects;

/**
 * What the order list asks the {@link OrderIndex} for. Start from {@link #all()} and narrow it with the
 * {@code with…} methods.
 *
 * @param tab        the status tab
 * @param text       free text (see {@link OrderIndex#search}); blank for none
 * @param paidFrom   first payment instant included, or {@code null}
 * @param paidTo     payment instant excluded from there on, or {@code null}; lines without a payment date are left
 *                   out once either bound is set
 * @param claims     claim-state restriction
 * @param sortBy     the column to sort by
 * @param descending sort direction
 * @param offset     rows to skip
 * @param limit      rows to return at most
 */
public record OrderFilter(OrderTab tab, String text, Instant paidFrom, Instant paidTo, ClaimFilter claims,
                          SortColumn sortBy, boolean descending, int offset, int limit) {

    /** The list's page size when nothing else is asked for. */
    public static final int DEFAULT_LIMIT = 100;

    /** Checks the filter; {@code null} text means none. */
    public OrderFilter {
        Objects.requireNonNull(tab, "tab");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(sortBy, "sortBy");
        text = text == null ? "" : text;
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
    }

    /** Everything, newest payment first, first page. */
    public static OrderFilter all() {
        return new OrderFilter(OrderTab.ALL, "", null, null, ClaimFilter.ANY, SortColumn.PAYMENT_DATE, true, 0,
                DEFAULT_LIMIT);
    }

    /** This filter on another tab. */
    public OrderFilter withTab(OrderTab value) {
        return new OrderFilter(value, text, paidFrom, paidTo, claims, sortBy, descending, offset, limit);
    }

    /** This filter with other free text. */
    public OrderFilter withText(String value) {
        return new OrderFilter(tab, value, paidFrom, paidTo, claims, sortBy, descending, offset, limit);
    }

    /** This filter on another payment period; {@code null} leaves a side open. */
    public OrderFilter withPaidBetween(Instant from, Instant to) {
        return new OrderFilter(tab, text, from, to, claims, sortBy, descending, offset, limit);
    }

    /** This filter with another claim-state restriction. */
    public OrderFilter withClaims(ClaimFilter value) {
        return new OrderFilter(tab, text, paidFrom, paidTo, value, sortBy, descending, offset, limit);
    }

    /** This filter sorted another way. */
    public OrderFilter sortedBy(SortColumn column, boolean descendingOrder) {
        return new OrderFilter(tab, text, paidFrom, paidTo, claims, column, descendingOrder, offset, limit);
    }

    /** This filter for another page. */
    public OrderFilter page(int pageOffset, int pageLimit) {
        return new OrderFilter(tab, text, paidFrom, paidTo, claims, sortBy, descending, pageOffset, pageLimit);
    }
}
