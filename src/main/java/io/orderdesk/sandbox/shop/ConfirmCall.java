package io.orderdesk.sandbox.shop;

import io.orderdesk.sandbox.ApiRequest;
import io.orderdesk.sandbox.ApiResult;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code POST product-orders/confirm} (§4.5): 1–30 ids. A repeated id fails with 104131 from its second occurrence;
 * the first is processed normally.
 */
final class ConfirmCall {

    static final int MAX_IDS = 30;

    private ConfirmCall() {
    }

    static List<String> parse(ApiRequest request) {
        return Body.of(request.body()).strings("productOrderIds", 1, MAX_IDS);
    }

    static ApiResult run(World world, List<String> ids, Instant now) {
        BulkResult result = BulkResult.forConfirm();
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                result.failed(id, Codes.DUPLICATE_ID);
                continue;
            }
            ProductOrderRecord po = result.target(world, id);
            if (po != null) {
                result.record(po, Transitions.CONFIRM.fire(world, po, Change.at(now)));
            }
        }
        return ApiResult.ok(result.toJson());
    }
}
