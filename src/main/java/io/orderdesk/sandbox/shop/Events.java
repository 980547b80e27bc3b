package io.orderdesk.sandbox.shop;

import static io.orderdesk.sandbox.shop.Transitions.*;

import io.orderdesk.domain.ClaimReason;
import java.util.List;

/**
 * The buyer, courier and Naver events the admin path can trigger ({@code POST /__sandbox/events}), each tried as
 * the first applicable of its transitions. Payment, address change, gift acceptance and the no-payment cancel concern
 * the whole order and so move every line that can follow.
 */
enum Events {

    PAY(true, null, Transitions.PAY),
    CANCEL_REQUEST(false, ClaimReason.INTENT_CHANGED, BUYER_CANCEL_UNPAID, BUYER_CANCEL_BEFORE_CONFIRM,
            BUYER_CANCEL_REQUEST),
    RETURN_REQUEST(false, ClaimReason.INTENT_CHANGED, BUYER_RETURN_REQUEST),
    EXCHANGE_REQUEST(false, ClaimReason.COLOR_AND_SIZE, BUYER_EXCHANGE_REQUEST),
    WITHDRAW_CLAIM(false, null, BUYER_CANCEL_WITHDRAW, BUYER_RETURN_WITHDRAW, BUYER_EXCHANGE_WITHDRAW),
    PICKUP(false, null, PARCEL_PICKUP, RETURN_PICKUP, EXCHANGE_PICKUP),
    COLLECT_DONE(false, null, RETURN_COLLECT_DONE, EXCHANGE_COLLECT_DONE),
    DELIVER(false, null, Transitions.DELIVER),
    DECIDE(false, null, Transitions.DECIDE),
    ADDRESS_CHANGE(true, null, CHANGE_ADDRESS),
    GIFT_ACCEPT(true, null, ACCEPT_GIFT),
    REDELIVERED(false, null, EXCHANGE_REDELIVERED),
    CANCEL_COMPLETE(false, null, CANCELING_DONE),
    NO_PAYMENT(true, null, NO_PAYMENT_CANCEL),
    ADMIN_CANCEL(false, ClaimReason.ETC, Transitions.ADMIN_CANCEL),
    ADMIN_CANCEL_DONE(false, null, Transitions.ADMIN_CANCEL_DONE),
    ADMIN_CANCEL_REJECT(false, null, Transitions.ADMIN_CANCEL_REJECT),
    DECISION_HOLDBACK(false, ClaimReason.NOT_YET_RECEIVE, Transitions.DECISION_HOLDBACK),
    DECISION_REQUEST(false, null, Transitions.DECISION_REQUEST),
    DECISION_HOLDBACK_RELEASE(false, null, Transitions.DECISION_HOLDBACK_RELEASE);

    final boolean orderWide;
    final ClaimReason defaultReason;
    final List<Transitions> candidates;

    Events(boolean orderWide, ClaimReason defaultReason, Transitions... candidates) {
        this.orderWide = orderWide;
        this.defaultReason = defaultReason;
        this.candidates = List.of(candidates);
    }

    static Events parse(String name) {
        try {
            return valueOf(name.trim());
        } catch (IllegalArgumentException unknown) {
            throw BadRequest.invalid("event", "알 수 없는 이벤트입니다 (" + name + ")");
        }
    }

    /** Fires the event on {@code po} (and, when order-wide, on the order's other lines); returns the refusal. */
    String fire(World world, ProductOrderRecord po, Change change) {
        Transitions[] options = candidates.toArray(Transitions[]::new);
        String refusal = Transitions.fireFirst(world, po, change, options);
        if (refusal == null && orderWide) {
            for (ProductOrderRecord line : po.order.lines) {
                if (line != po) {
                    Transitions.fireFirst(world, line, change, options);
                }
            }
        }
        return refusal;
    }
}
