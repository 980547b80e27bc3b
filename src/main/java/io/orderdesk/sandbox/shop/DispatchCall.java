package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.sandbox.ApiRequest;
import io.orderdesk.sandbox.ApiResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code POST product-orders/dispatch} (§4.7): 1–30 lines. Each line needs {@code productOrderId} and a known
 * {@code deliveryMethod} (else the whole request is 400 4000); {@code dispatchDate} is optional and defaults to now.
 * Per line, in this order: 104131 repeated id, 100001/101009, state (104442/104443), then the carrier and tracking
 * rules of {@link Shipments}. Dispatching over a pending buyer cancel request withdraws it (§7.2 [INFERRED]).
 */
final class DispatchCall {

    static final int MAX_LINES = 30;

    record Line(String productOrderId, DeliveryMethod method, String company, String trackingNumber,
                Instant dispatchDate) {
    }

    private DispatchCall() {
    }

    static List<Line> parse(ApiRequest request) {
        List<Object> items = Body.of(request.body()).list("dispatchProductOrders", 1, MAX_LINES);
        List<Line> lines = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Body item = Body.element("dispatchProductOrders", i, items.get(i));
            lines.add(new Line(item.string("productOrderId").trim(),
                    item.code(DeliveryMethod.class, "deliveryMethod"),
                    blankToNull(item.optString("deliveryCompanyCode")),
                    blankToNull(item.optString("trackingNumber")),
                    item.optDate("dispatchDate")));
        }
        return lines;
    }

    static ApiResult run(World world, List<Line> lines, Instant now) {
        BulkResult result = BulkResult.forClaims();
        Set<String> seen = new HashSet<>();
        for (Line line : lines) {
            if (!seen.add(line.productOrderId())) {
                result.failed(line.productOrderId(), Codes.DUPLICATE_ID);
                continue;
            }
            ProductOrderRecord po = result.target(world, line.productOrderId());
            if (po == null) {
                continue;
            }
            Change change = Change.at(now).shipment(line.method(), line.company(), line.trackingNumber())
                    .date(line.dispatchDate());
            String refusal = Transitions.DISPATCH.refusal(po, change) == null ? null
                    : Transitions.DISPATCH_OVER_CANCEL_REQUEST.refusal(po, change) == null ? null
                    : Transitions.DISPATCH.refusal(po, change);
            if (refusal == null) {
                refusal = Shipments.check(world, po, line.method(), line.company(), line.trackingNumber());
            }
            if (refusal == null) {
                refusal = Transitions.fireFirst(world, po, change, Transitions.DISPATCH,
                        Transitions.DISPATCH_OVER_CANCEL_REQUEST);
            }
            result.record(po, refusal);
        }
        return ApiResult.ok(result.toJson());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
