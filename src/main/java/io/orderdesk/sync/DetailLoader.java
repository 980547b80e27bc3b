package io.orderdesk.sync;

import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.api.NpayResponse;
import io.orderdesk.api.dto.LastChangeStatus;
import io.orderdesk.api.dto.ProductOrderDetail;
import io.orderdesk.api.json.PartialList;
import io.orderdesk.store.StoredProductOrder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches product-order details through {@code product-orders/query} in batches of at most 300 and turns each into
 * the row the store keeps. A detail that cannot be read or mapped is logged with its trace ID and reported as
 * skipped; the others go on.
 */
final class DetailLoader {

    static final int BATCH = 300;
    private static final Logger LOG = LoggerFactory.getLogger(DetailLoader.class);

    /** Rows ready to store, ids to try again later, and the trace IDs of the calls made. */
    record Loaded(List<StoredProductOrder> rows, List<String> skippedIds, List<String> traceIds) {
    }

    private final NpayOrderClient client;

    DetailLoader(NpayOrderClient client) {
        this.client = client;
    }

    /**
     * @param ids     the product orders to fetch
     * @param changes their change-feed rows by id (may lack some ids, e.g. for retries of skipped ones)
     */
    Loaded load(List<String> ids, Map<String, LastChangeStatus> changes) {
        List<StoredProductOrder> rows = new ArrayList<>();
        Set<String> missing = new LinkedHashSet<>(ids);
        List<String> skipped = new ArrayList<>();
        List<String> traceIds = new ArrayList<>();
        for (int start = 0; start < ids.size(); start += BATCH) {
            List<String> batch = ids.subList(start, Math.min(ids.size(), start + BATCH));
            NpayResponse<PartialList<ProductOrderDetail>> response = client.queryProductOrders(batch);
            traceIds.add(response.traceId());
            PartialList<ProductOrderDetail> details = response.data();
            for (int i = 0; i < details.items().size(); i++) {
                ProductOrderDetail detail = details.items().get(i);
                String id = detail.productOrder() == null ? null : detail.productOrder().productOrderId();
                try {
                    rows.add(StoredProductOrderMapper.map(detail, details.rawItems().get(i),
                            changes.get(id)));
                    missing.remove(id);
                } catch (IllegalArgumentException e) {
                    LOG.warn("Skipping product order {} that cannot be stored (traceId {}): {}", id,
                            response.traceId(), e.getMessage());
                }
            }
        }
        for (String id : missing) {
            LOG.warn("Product order {} was not returned by the detail query; it will be fetched again next run", id);
            skipped.add(id);
        }
        return new Loaded(rows, skipped, traceIds);
    }
}
