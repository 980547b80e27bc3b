package io.orderdesk.ui.orders;

import io.orderdesk.domain.OrderTab;
import io.orderdesk.domain.ShippingContact;
import io.orderdesk.store.OrderFilter;
import io.orderdesk.store.SearchResult;
import java.util.Collection;
import java.util.Map;

/**
 * What the order list and the tabs read, all from the local store. Called off the FX thread only; the app backs it
 * with the store's index and the detail service, tests with a list in memory.
 */
public interface OrderSource {

    SearchResult search(OrderFilter filter);

    Map<OrderTab, Integer> tabCounts();

    /** The recipient's phone and base address per product order; missing ids are left out. */
    Map<String, ShippingContact> contacts(Collection<String> productOrderIds);
}
