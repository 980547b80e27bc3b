package io.orderdesk.ui.orders;

import io.orderdesk.domain.ShippingContact;
import io.orderdesk.store.OrderSummary;

/**
 * One loaded line of the order list.
 *
 * @param contact   the recipient's phone and address, shown masked
 * @param attention the address changed or a claim arrived since the user last looked at the line
 */
public record OrderLine(OrderSummary summary, ShippingContact contact, boolean attention) {

    public String productOrderId() {
        return summary.productOrderId();
    }

    public OrderLine seen() {
        return attention ? new OrderLine(summary, contact, false) : this;
    }
}
