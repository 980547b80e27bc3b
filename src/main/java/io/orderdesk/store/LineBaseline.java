package io.orderdesk.store;

import io.orderdesk.domain.OrderFacts;

/**
 * A product order's state in the store when staff submitted an action on it, kept with the outbox line so the check
 * just before sending can tell what changed since (a new claim, a changed address). Codes are the raw API strings;
 * {@code null} means absent, or that the store did not know the order yet.
 *
 * @param addressChanged the change feed had flagged an address change at submit
 * @param addressKey     a digest of the shipping address at submit (never the address itself), or {@code null}
 */
public record LineBaseline(String productOrderStatus, String placeOrderStatus, String claimType, String claimStatus,
                           String holdbackStatus, boolean delayed, boolean addressChanged, String addressKey) {

    /** The baseline of a product order the store did not have at submit. */
    public static final LineBaseline NONE = new LineBaseline(null, null, null, null, null, false, false, null);

    /** The baseline of a stored order, with the digest of its shipping address ({@code null} if it has none). */
    public static LineBaseline of(OrderSummary summary, String addressKey) {
        return new LineBaseline(summary.productOrderStatus(), summary.placeOrderStatus(), summary.claimType(),
                summary.claimStatus(), summary.holdbackStatus(), summary.delayed(), summary.addressChanged(),
                addressKey);
    }

    /** The state at submit, in the terms of the action rules. */
    public OrderFacts facts() {
        return OrderFacts.ofCodes(productOrderStatus, placeOrderStatus, claimType, claimStatus, holdbackStatus,
                delayed);
    }
}
