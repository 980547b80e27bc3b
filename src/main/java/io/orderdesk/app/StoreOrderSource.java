package io.orderdesk.app;

import io.orderdesk.domain.OrderTab;
import io.orderdesk.domain.ShippingContact;
import io.orderdesk.store.OrderFilter;
import io.orderdesk.store.SearchResult;
import io.orderdesk.store.Store;
import io.orderdesk.sync.OrderDetailService;
import io.orderdesk.ui.orders.OrderSource;
import java.util.Collection;
import java.util.Map;

/**
 * The order list's source in the app: the store's in-memory index (or, while it loads, a first page straight from the
 * database), and the detail service for contacts.
 */
final class StoreOrderSource implements OrderSource {

    private final Store store;
    private final OrderDetailService details;

    StoreOrderSource(Store store, OrderDetailService details) {
        this.store = store;
        this.details = details;
    }

    @Override
    public SearchResult search(OrderFilter filter) {
        return store.index().browseEarly(filter).orElseGet(() -> store.index().search(filter));
    }

    @Override
    public Map<OrderTab, Integer> tabCounts() {
        return store.index().tabCountsEarly();
    }

    @Override
    public Map<String, ShippingContact> contacts(Collection<String> productOrderIds) {
        return details.contacts(productOrderIds);
    }
}
