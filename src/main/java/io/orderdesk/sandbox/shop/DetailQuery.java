package io.orderdesk.sandbox.shop;

import io.orderdesk.sandbox.ApiRequest;
import io.orderdesk.sandbox.ApiResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * {@code POST product-orders/query} (§4.2) and {@code GET orders/{orderId}/product-order-ids} (§4.3). Ids the shop
 * does not know, or that belong to another mall, are left out of the answer [INFERRED].
 */
final class DetailQuery {

    static final int MAX_IDS = 300;

    private DetailQuery() {
    }

    static ApiResult details(World world, ApiRequest request) {
        Body body = Body.of(request.body());
        List<String> ids = body.strings("productOrderIds", 1, MAX_IDS);
        body.flag("quantityClaimCompatibility");
        List<Fields> data = new ArrayList<>(ids.size());
        for (String id : new LinkedHashSet<>(ids)) {
            ProductOrderRecord po = world.productOrder(id);
            if (po != null && world.isOwn(po)) {
                data.add(DetailJson.of(po, true));
            }
        }
        return ApiResult.ok(data);
    }

    static ApiResult productOrderIds(World world, ApiRequest request) {
        String orderId = request.pathParams().get("orderId");
        if (orderId == null || orderId.isBlank()) {
            throw BadRequest.missing("orderId");
        }
        OrderRecord order = world.order(orderId.trim());
        if (order == null || !world.isOwn(order)) {
            return ApiResult.error(400, Codes.ORDER_NOT_FOUND, Codes.message(Codes.ORDER_NOT_FOUND));
        }
        List<String> ids = new ArrayList<>(order.lines.size());
        for (ProductOrderRecord line : order.lines) {
            ids.add(line.productOrderId);
        }
        return ApiResult.ok(ids);
    }
}
