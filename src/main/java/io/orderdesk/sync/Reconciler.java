package io.orderdesk.sync;

import io.orderdesk.api.ConditionalQuery;
import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.api.NpayResponse;
import io.orderdesk.api.dto.ProductOrder;
import io.orderdesk.api.dto.ProductOrderContent;
import io.orderdesk.api.dto.ProductOrderPage;
import io.orderdesk.domain.Coded;
import io.orderdesk.domain.RangeType;
import io.orderdesk.store.OrderSummary;
import io.orderdesk.store.Store;
import io.orderdesk.store.StoredProductOrder;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The safety net under the change feed: walks the conditional query over the last days, compares what Naver holds
 * with the store, and re-fetches anything missing or stale through the detail query. Every repair is logged with
 * both trace IDs (the sweep page that revealed it and the detail call that fixed it).
 */
final class Reconciler {

    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);

    private final NpayOrderClient client;
    private final Store store;
    private final DetailLoader loader;
    private final PageWriter writer;

    Reconciler(NpayOrderClient client, Store store, PageWriter writer) {
        this.client = client;
        this.store = store;
        this.loader = new DetailLoader(client);
        this.writer = writer;
    }

    /** @return how many product orders were repaired */
    int sweep(OffsetDateTime now, int days, CancelSignal cancel) {
        int repaired = 0;
        for (OffsetDateTime from = now.minusDays(days); from.isBefore(now); from = from.plusDays(1)) {
            OffsetDateTime to = from.plusDays(1).isBefore(now) ? from.plusDays(1) : now;
            ConditionalQuery query = ConditionalQuery.window(from, to, RangeType.PAYED_DATETIME);
            boolean more = true;
            while (more) {
                cancel.throwIfCancelled();
                NpayResponse<ProductOrderPage> page = client.productOrders(query);
                repaired += repair(page);
                more = page.data().pagination() != null && Boolean.TRUE.equals(page.data().pagination().hasNext());
                query = query.withPage(query.page() + 1);
            }
        }
        return repaired;
    }

    private int repair(NpayResponse<ProductOrderPage> page) {
        List<ProductOrderContent> contents = page.data().contents() == null ? List.of()
                : page.data().contents().items();
        List<String> ids = contents.stream().map(ProductOrderContent::productOrderId).filter(Objects::nonNull)
                .toList();
        Map<String, StoredProductOrder> known = store.productOrders().findAll(ids).stream()
                .collect(Collectors.toMap(StoredProductOrder::productOrderId, Function.identity(), (a, b) -> a));
        List<String> stale = new ArrayList<>();
        for (ProductOrderContent content : contents) {
            if (content.content() == null || content.content().productOrder() == null) {
                continue;
            }
            StoredProductOrder row = known.get(content.productOrderId());
            if (row == null || differs(row.summary(), content.content().productOrder())) {
                stale.add(content.productOrderId());
            }
        }
        if (stale.isEmpty()) {
            return 0;
        }
        DetailLoader.Loaded loaded = loader.load(stale, new HashMap<>());
        writer.write(loaded.rows(), loaded.skippedIds(), null, "reconciliation");
        for (StoredProductOrder row : loaded.rows()) {
            LOG.warn("Reconciliation repaired product order {} that the change feed missed (sweep traceId {},"
                    + " detail traceIds {})", row.productOrderId(), page.traceId(), loaded.traceIds());
        }
        return loaded.rows().size();
    }

    private static boolean differs(OrderSummary row, ProductOrder line) {
        return !Objects.equals(row.productOrderStatus(), raw(line.productOrderStatus()))
                || !Objects.equals(row.placeOrderStatus(), raw(line.placeOrderStatus()))
                || !Objects.equals(row.claimType(), raw(line.claimType()))
                || !Objects.equals(row.claimStatus(), raw(line.claimStatus()));
    }

    private static String raw(Coded<?> coded) {
        return coded == null ? null : coded.raw();
    }
}
