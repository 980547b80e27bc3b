package io.orderdesk.transfer;

import io.orderdesk.store.OrderSummary;
import java.util.Collection;
import java.util.List;

/** Finds product orders in the local store; the app passes {@code orderIndex::summaries}. */
@FunctionalInterface
public interface OrderLookup {

    /** The stored summaries of these product orders; ids not in the store are left out. */
    List<OrderSummary> summaries(Collection<String> productOrderIds);
}
