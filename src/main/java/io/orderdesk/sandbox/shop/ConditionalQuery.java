package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.PlaceOrderStatus;
import io.orderdesk.domain.ProductOrderStatus;
import io.orderdesk.domain.RangeType;
import io.orderdesk.sandbox.ApiRequest;
import io.orderdesk.sandbox.ApiResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET product-orders} (§4.4): details whose {@code rangeType} date lies in {@code [from, to]}, filtered by
 * status, claim status and place-order status, sorted by (that date, productOrderId) and paged by page number. The
 * content carries no deprecated top-level claims. No demo product is a fulfillment product, so
 * {@code fulfillment=true} finds nothing.
 */
final class ConditionalQuery {

    static final int MAX_PAGE_SIZE = 300;

    private ConditionalQuery() {
    }

    static ApiResult answer(World world, ApiRequest request) {
        QueryParams query = new QueryParams(request.query());
        Instant[] window = query.window("from", "to");
        RangeType rangeType = orDefault(query.optCode(RangeType.class, "rangeType"), RangeType.PAYED_DATETIME);
        Set<ProductOrderStatus> statuses = query.codes(ProductOrderStatus.class, "productOrderStatuses");
        Set<ClaimStatus> claimStatuses = query.codes(ClaimStatus.class, "claimStatuses");
        PlaceOrderStatus placeOrder = query.optCode(PlaceOrderStatus.class, "placeOrderStatusType");
        String fulfillment = query.optString("fulfillment");
        if (fulfillment != null && !fulfillment.equals("true") && !fulfillment.equals("false")) {
            throw BadRequest.invalid("fulfillment", "true 또는 false여야 합니다");
        }
        int page = orDefault(query.optInt("page", 1, Integer.MAX_VALUE), 1);
        int size = orDefault(query.optInt("pageSize", 1, MAX_PAGE_SIZE), MAX_PAGE_SIZE);

        List<Map.Entry<Instant, ProductOrderRecord>> matches = new ArrayList<>();
        if (!"true".equals(fulfillment)) {
            for (ProductOrderRecord po : world.productOrders()) {
                Instant date = RangeDates.within(po, rangeType, window[0], window[1]);
                if (date != null && world.isOwn(po) && matches(po, statuses, claimStatuses, placeOrder)) {
                    matches.add(Map.entry(date, po));
                }
            }
        }
        matches.sort(Comparator.comparing((Map.Entry<Instant, ProductOrderRecord> e) -> e.getKey())
                .thenComparing(e -> e.getValue().productOrderId));
        long skip = (long) (page - 1) * size;
        List<Fields> contents = new ArrayList<>();
        for (long i = skip; i < matches.size() && i < skip + size; i++) {
            ProductOrderRecord po = matches.get((int) i).getValue();
            contents.add(new Fields().with("productOrderId", po.productOrderId)
                    .with("content", DetailJson.of(po, false)));
        }
        Fields pagination = new Fields().with("page", page).with("size", size)
                .with("hasNext", matches.size() > skip + size);
        return ApiResult.ok(new Fields().with("contents", contents).with("pagination", pagination));
    }

    private static boolean matches(ProductOrderRecord po, Set<ProductOrderStatus> statuses,
                                   Set<ClaimStatus> claimStatuses, PlaceOrderStatus placeOrder) {
        boolean statusOk = statuses.isEmpty() || statuses.contains(po.status);
        boolean claimOk = claimStatuses.isEmpty() || (po.claim != null && claimStatuses.contains(po.claim.status));
        boolean placeOk = placeOrder == null || placeOrder == po.placeOrderStatus;
        return statusOk && claimOk && placeOk;
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
