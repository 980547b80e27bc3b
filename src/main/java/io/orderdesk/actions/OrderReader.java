package io.orderdesk.actions;

import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.api.NpayResponse;
import io.orderdesk.api.dto.ProductOrderDetail;
import io.orderdesk.api.json.PartialList;
import io.orderdesk.store.Store;
import io.orderdesk.store.StoreException;
import io.orderdesk.store.StoredProductOrder;
import io.orderdesk.sync.StoredProductOrderMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads product orders again through {@code product-orders/query} and stores what it read exactly as the sync does
 * ({@link StoredProductOrderMapper}, one transaction), so screens show the new state at once. Returns the stored
 * versions, which keep what only the change feed knows (the address-changed flag).
 */
final class OrderReader {

    private static final Logger LOG = LoggerFactory.getLogger(OrderReader.class);
    private static final int QUERY_LIMIT = 300;

    private final Store store;
    private final HttpGuard http;

    OrderReader(Store store, HttpGuard http) {
        this.store = store;
        this.http = http;
    }

    /**
     * The product orders as Naver has them now, by id; ids Naver did not return (or returned unreadable) are absent.
     * API failures are thrown as the client throws them.
     */
    Map<String, StoredProductOrder> read(NpayOrderClient client, Collection<String> productOrderIds) {
        List<String> ids = productOrderIds.stream().distinct().toList();
        List<StoredProductOrder> rows = new ArrayList<>();
        for (int start = 0; start < ids.size(); start += QUERY_LIMIT) {
            List<String> chunk = ids.subList(start, Math.min(ids.size(), start + QUERY_LIMIT));
            NpayResponse<PartialList<ProductOrderDetail>> response = http.call(() -> client.queryProductOrders(chunk));
            PartialList<ProductOrderDetail> details = response.data();
            for (int i = 0; i < details.items().size(); i++) {
                try {
                    rows.add(StoredProductOrderMapper.map(details.items().get(i), details.rawItems().get(i)));
                } catch (IllegalArgumentException e) {
                    LOG.warn("Re-read product order cannot be stored (traceId {}): {}", response.traceId(),
                            e.getMessage());
                }
            }
        }
        Map<String, StoredProductOrder> read = new LinkedHashMap<>();
        rows.forEach(row -> read.put(row.productOrderId(), row));
        if (!store(rows)) {
            return read;
        }
        store.productOrders().findAll(read.keySet()).forEach(row -> read.put(row.productOrderId(), row));
        return read;
    }

    /** Stores the rows; a clash with a sync storing the same lines is simply tried once more. */
    private boolean store(List<StoredProductOrder> rows) {
        for (int attempt = 1; ; attempt++) {
            try {
                store.inTransaction(tx -> tx.productOrders().upsert(rows));
                return true;
            } catch (StoreException e) {
                if (attempt == 2) {
                    LOG.warn("Could not store {} re-read product orders: {}", rows.size(), e.getMessage());
                    return false;
                }
            }
        }
    }
}
