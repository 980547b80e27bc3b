package io.orderdesk.ui.actions;

import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.OrderFacts;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** Selected lines in the states the tests need, and the fixed moment they run at (10:00 on 2026-11-20 in Seoul). */
final class Targets {

    static final Instant NOW = Instant.parse("2026-11-20T01:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("UTC"));

    private Targets() {
    }

    static ActionTarget target(String id, String orderId, OrderFacts facts) {
        return new ActionTarget(id, orderId, "무선 키보드 " + id.substring(id.length() - 1), "색상: 화이트", 2, "김하나", facts,
                false, null, null);
    }

    static ActionTarget newOrder(String id, String orderId) {
        return target(id, orderId, OrderFacts.ofCodes("PAYED", "NOT_YET", null, null, null, false));
    }

    static ActionTarget confirmed(String id, String orderId) {
        return target(id, orderId, OrderFacts.ofCodes("PAYED", "OK", null, null, null, false));
    }

    static ActionTarget delivering(String id, String orderId) {
        return target(id, orderId, OrderFacts.ofCodes("DELIVERING", "OK", null, null, null, false));
    }

    static ActionTarget cancelRequested(String id, String orderId) {
        return target(id, orderId, OrderFacts.ofCodes("PAYED", "OK", "CANCEL", "CANCEL_REQUEST", null, false));
    }

    static ActionTarget returnRequested(String id, String orderId, boolean held) {
        return target(id, orderId, OrderFacts.ofCodes("DELIVERED", "OK", "RETURN", "RETURN_REQUEST",
                held ? "HOLDBACK" : null, false));
    }

    static ActionTarget exchangeCollected(String id, String orderId, boolean held) {
        return target(id, orderId, OrderFacts.ofCodes("DELIVERED", "OK", "EXCHANGE", "COLLECT_DONE",
                held ? "HOLDBACK" : null, false));
    }

    static ActionTarget withQuantity(ActionTarget target, int quantity) {
        return new ActionTarget(target.productOrderId(), target.orderId(), target.productName(), target.optionText(),
                quantity, target.receiverName(), target.facts(), target.addressChanged(), target.deliveryCompany(),
                target.trackingNumber());
    }

    static ActionTarget shippedWith(ActionTarget target, DeliveryCompany company, String tracking) {
        return new ActionTarget(target.productOrderId(), target.orderId(), target.productName(), target.optionText(),
                target.quantity(), target.receiverName(), target.facts(), target.addressChanged(), company, tracking);
    }

    static ActionTarget addressChanged(ActionTarget target) {
        return new ActionTarget(target.productOrderId(), target.orderId(), target.productName(), target.optionText(),
                target.quantity(), target.receiverName(), target.facts(), true, target.deliveryCompany(),
                target.trackingNumber());
    }
}
