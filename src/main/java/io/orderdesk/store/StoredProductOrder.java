package io.orderdesk.store;

import java.util.Objects;

/**
 * One product order as the store keeps it: the columns the screens filter, sort and search on (extracted once by the
 * sync's mapper) and the detail JSON exactly as Naver sent it.
 *
 * @param summary    every stored column except the JSON; its {@code lastChangedDate} is {@code null} when the row
 *                   came from a query without change information (the stored value is then kept)
 * @param detailJson the product-order detail object exactly as received
 */
public record StoredProductOrder(OrderSummary summary, String detailJson) {

    public StoredProductOrder {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(detailJson, "detailJson");
    }

    public String productOrderId() {
        return summary.productOrderId();
    }

    /** This row with the change-feed values of an earlier version, for rows that arrive without them. */
    StoredProductOrder withChangeInfoOf(OrderSummary earlier) {
        return new StoredProductOrder(summary.withChangeInfoOf(earlier), detailJson);
    }
}
