package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.LastChangedType;
import io.orderdesk.sandbox.ApiRequest;
import io.orderdesk.sandbox.ApiResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET product-orders/last-changed-statuses} (§4.1): one row per product order with its current state and its
 * latest change, sorted by (lastChangedDate, productOrderId); {@code more} only when the page was cut short.
 */
final class LastChangedStatuses {

    static final int MAX_LIMIT = 300;

    private LastChangedStatuses() {
    }

    static ApiResult answer(World world, ApiRequest request) {
        QueryParams query = new QueryParams(request.query());
        Instant[] window = query.window("lastChangedFrom", "lastChangedTo");
        LastChangedType type = query.optCode(LastChangedType.class, "lastChangedType");
        String moreSequence = query.optString("moreSequence");
        Integer limitCount = query.optInt("limitCount", 1, Integer.MAX_VALUE);
        int limit = limitCount == null ? MAX_LIMIT : Math.min(limitCount, MAX_LIMIT);

        List<ProductOrderRecord> rows = world.feed().page(window[0], moreSequence, window[1], type, limit + 1);
        List<Fields> items = new ArrayList<>(Math.min(rows.size(), limit));
        for (int i = 0; i < rows.size() && i < limit; i++) {
            items.add(row(rows.get(i)));
        }
        Fields data = new Fields().with("lastChangeStatuses", items);
        if (rows.size() > limit) {
            ProductOrderRecord next = rows.get(limit);
            data.with("more", new Fields()
                    .date("moreFrom", next.lastChangedDate)
                    .with("moreSequence", next.productOrderId));
        }
        return ApiResult.ok(data.with("count", items.size()));
    }

    static Fields row(ProductOrderRecord po) {
        return new Fields()
                .code("productOrderStatus", po.status)
                .code("claimType", po.claim == null ? null : po.claim.type)
                .code("claimStatus", po.claim == null ? null : po.claim.status)
                .with("productOrderId", po.productOrderId)
                .with("orderId", po.order.orderId)
                .date("lastChangedDate", po.lastChangedDate)
                .code("lastChangedType", po.lastChangedType)
                .with("receiverAddressChanged", po.addressChanged)
                .date("paymentDate", po.order.paymentDate)
                .code("giftReceivingStatus", po.giftStatus);
    }
}
