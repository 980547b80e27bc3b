package io.orderdesk.ui.detail;

import io.orderdesk.domain.OrderDetail;

/** Where the detail pane gets a line's detail; the app backs it with the sync layer's detail service. */
@FunctionalInterface
public interface OrderDetails {

    /** Called off the FX thread; a missing or unreadable line comes back with a problem, not an exception. */
    OrderDetail load(String productOrderId);
}
