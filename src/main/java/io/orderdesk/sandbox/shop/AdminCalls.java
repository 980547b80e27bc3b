package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.ClaimReason;
import io.orderdesk.domain.ProductOrderStatus;
import io.orderdesk.sandbox.ApiResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The admin path's calls that work on the current world (reset and the clock are {@link Shop}'s own). */
final class AdminCalls {

    static final int MAX_LINES = 10;
    static final int MAX_QUANTITY = 99;

    private AdminCalls() {
    }

    static ShopConfig resetConfig(Object rawBody, String mallId) {
        Body body = Body.orEmpty(rawBody);
        ShopConfig demo = ShopConfig.demo();
        Long seed = body.optLong("seed");
        Integer orders = body.optInt("orders");
        Integer days = body.optInt("days");
        if (orders != null && (orders < 0 || orders > ShopConfig.MAX_ORDERS)) {
            throw BadRequest.invalid("orders", "0~" + ShopConfig.MAX_ORDERS + " 사이의 값이어야 합니다");
        }
        if (days != null && (days < 1 || days > ShopConfig.MAX_DAYS)) {
            throw BadRequest.invalid("days", "1~" + ShopConfig.MAX_DAYS + " 사이의 값이어야 합니다");
        }
        return new ShopConfig(seed == null ? demo.seed() : seed, orders == null ? demo.orders() : orders,
                days == null ? demo.days() : days, mallId);
    }

    /**
     * {@code {"state":"PAYED","lines":2,"quantity":3,"gift":false,"buyerName":"…"}}: a new order brought to
     * {@code state} (any productOrderStatus, or CONFIRMED) now; {@code quantity} fixes the units per line.
     */
    static ApiResult createOrder(World world, Object rawBody, Instant now) {
        Body body = Body.orEmpty(rawBody);
        String state = body.has("state") ? body.string("state").trim() : "PAYED";
        List<Transitions> script = Scripts.STATES.get(state);
        if (script == null) {
            throw BadRequest.invalid("state", "productOrderStatus 또는 CONFIRMED여야 합니다 (" + state + ")");
        }
        Integer lines = body.optInt("lines");
        if (lines != null && (lines < 1 || lines > MAX_LINES)) {
            throw BadRequest.invalid("lines", "1~" + MAX_LINES + " 사이의 값이어야 합니다");
        }
        Integer quantity = body.optInt("quantity");
        if (quantity != null && (quantity < 1 || quantity > MAX_QUANTITY)) {
            throw BadRequest.invalid("quantity", "1~" + MAX_QUANTITY + " 사이의 값이어야 합니다");
        }
        boolean gift = body.flag("gift");
        List<Transitions> steps = new ArrayList<>(script);
        if (gift && steps.contains(Transitions.DISPATCH)) {
            steps.add(1, Transitions.ACCEPT_GIFT);
        }
        OrderRecord order = OrderFactory.create(world, now, new OrderFactory.Spec(lines == null ? 1 : lines,
                quantity == null ? 0 : quantity, gift,
                steps.get(0) == Transitions.PLACE_UNPAID, body.optString("buyerName"), world.config.mallId()));
        Lives.script(world, world.random, order, steps, now, 0);
        List<String> ids = new ArrayList<>();
        for (ProductOrderRecord line : order.lines) {
            ids.add(line.productOrderId);
        }
        return ApiResult.ok(new Fields().with("orderId", order.orderId).with("productOrderIds", ids));
    }

    /** {@code {"productOrderId":"…","event":"PICKUP"}} plus optional {@code reason}, {@code detail}, {@code quantity}. */
    static ApiResult event(World world, Object rawBody, Instant now) {
        Body body = Body.of(rawBody);
        String id = body.string("productOrderId").trim();
        Events event = Events.parse(body.string("event"));
        ClaimReason reason = body.optCode(ClaimReason.class, "reason");
        Integer quantity = body.optInt("quantity");
        ProductOrderRecord po = world.productOrder(id);
        if (po == null) {
            return ApiResult.error(404, Codes.PRODUCT_ORDER_NOT_FOUND, Codes.message(Codes.PRODUCT_ORDER_NOT_FOUND));
        }
        Change change = eventChange(world, world.random, event, po, now);
        if (reason != null || body.has("detail")) {
            ClaimReason chosen = reason != null ? reason : change.reason;
            change.reason(chosen, body.has("detail") ? body.string("detail") : StepParams.detail(chosen));
        }
        change.quantity(quantity != null ? quantity : change.quantity);
        String refusal = event.fire(world, po, change);
        if (refusal != null) {
            return ApiResult.error(409, refusal, event.name() + " 이벤트를 현재 상태에서 처리할 수 없습니다 - "
                    + Codes.message(refusal) + " (" + describe(po) + ")");
        }
        return ApiResult.ok(ProductOrderView.of(po));
    }

    private static Change eventChange(World world, Random random, Events event, ProductOrderRecord po, Instant now) {
        Change change = Change.at(now);
        if (event.defaultReason != null) {
            change.reason(event.defaultReason, StepParams.detail(event.defaultReason));
        }
        if ((event == Events.ADDRESS_CHANGE || event == Events.GIFT_ACCEPT) && po.shippingAddress != null) {
            change.address(Addresses.random(random, po.shippingAddress.name(), po.shippingAddress.tel1()));
        }
        return change;
    }

    static ApiResult productOrder(World world, String productOrderId) {
        ProductOrderRecord po = productOrderId == null ? null : world.productOrder(productOrderId.trim());
        if (po == null) {
            return ApiResult.error(404, Codes.PRODUCT_ORDER_NOT_FOUND, Codes.message(Codes.PRODUCT_ORDER_NOT_FOUND));
        }
        return ApiResult.ok(ProductOrderView.of(po));
    }

    private static String describe(ProductOrderRecord po) {
        ProductOrderStatus status = po.status;
        String text = "productOrderStatus=" + (status == null ? "-" : status.code()) + ", placeOrderStatus="
                + (po.placeOrderStatus == null ? "-" : po.placeOrderStatus.code());
        return po.claim == null ? text : text + ", claimStatus=" + po.claim.status.code();
    }
}
