package io.orderdesk.sandbox.shop;

import static io.orderdesk.sandbox.shop.Transitions.ACCEPT_GIFT;
import static io.orderdesk.sandbox.shop.Transitions.ADMIN_CANCEL;
import static io.orderdesk.sandbox.shop.Transitions.ADMIN_CANCEL_DONE;
import static io.orderdesk.sandbox.shop.Transitions.ADMIN_CANCEL_REJECT;
import static io.orderdesk.sandbox.shop.Transitions.BUYER_CANCEL_BEFORE_CONFIRM;
import static io.orderdesk.sandbox.shop.Transitions.BUYER_CANCEL_REQUEST;
import static io.orderdesk.sandbox.shop.Transitions.BUYER_CANCEL_UNPAID;
import static io.orderdesk.sandbox.shop.Transitions.BUYER_CANCEL_WITHDRAW;
import static io.orderdesk.sandbox.shop.Transitions.BUYER_EXCHANGE_REQUEST;
import static io.orderdesk.sandbox.shop.Transitions.BUYER_RETURN_REQUEST;
import static io.orderdesk.sandbox.shop.Transitions.CHANGE_ADDRESS;
import static io.orderdesk.sandbox.shop.Transitions.CONFIRM;
import static io.orderdesk.sandbox.shop.Transitions.DECIDE;
import static io.orderdesk.sandbox.shop.Transitions.DECISION_HOLDBACK;
import static io.orderdesk.sandbox.shop.Transitions.DECISION_HOLDBACK_RELEASE;
import static io.orderdesk.sandbox.shop.Transitions.DECISION_REQUEST;
import static io.orderdesk.sandbox.shop.Transitions.DELIVER;
import static io.orderdesk.sandbox.shop.Transitions.DISPATCH;
import static io.orderdesk.sandbox.shop.Transitions.EXCHANGE_COLLECT_COMPLETE;
import static io.orderdesk.sandbox.shop.Transitions.EXCHANGE_HOLDBACK_RELEASE;
import static io.orderdesk.sandbox.shop.Transitions.EXCHANGE_PICKUP;
import static io.orderdesk.sandbox.shop.Transitions.EXCHANGE_REDELIVERED;
import static io.orderdesk.sandbox.shop.Transitions.EXCHANGE_REDISPATCH;
import static io.orderdesk.sandbox.shop.Transitions.EXCHANGE_REJECT;
import static io.orderdesk.sandbox.shop.Transitions.NO_PAYMENT_CANCEL;
import static io.orderdesk.sandbox.shop.Transitions.PARCEL_PICKUP;
import static io.orderdesk.sandbox.shop.Transitions.PLACE_PAID;
import static io.orderdesk.sandbox.shop.Transitions.PLACE_UNPAID;
import static io.orderdesk.sandbox.shop.Transitions.RETURN_APPROVE;
import static io.orderdesk.sandbox.shop.Transitions.RETURN_COLLECT_DONE;
import static io.orderdesk.sandbox.shop.Transitions.RETURN_HOLDBACK;
import static io.orderdesk.sandbox.shop.Transitions.RETURN_HOLDBACK_RELEASE;
import static io.orderdesk.sandbox.shop.Transitions.RETURN_PICKUP;
import static io.orderdesk.sandbox.shop.Transitions.RETURN_REJECT;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fixed step lists that bring a new order to a named state. The admin path uses the product-order statuses (plus
 * {@code CONFIRMED}); the generator uses the rest to make sure every claim status, holdback, address change and gift
 * state occurs at least once. Steps a guard refuses (say, releasing an exchange that was never held) are skipped.
 */
final class Scripts {

    static final Map<String, List<Transitions>> STATES;
    static final Map<String, List<Transitions>> COVERAGE;

    static {
        Map<String, List<Transitions>> states = new LinkedHashMap<>();
        states.put("PAYMENT_WAITING", List.of(PLACE_UNPAID));
        states.put("PAYED", List.of(PLACE_PAID));
        states.put("CONFIRMED", List.of(PLACE_PAID, CONFIRM));
        states.put("DELIVERING", List.of(PLACE_PAID, CONFIRM, DISPATCH));
        states.put("DELIVERED", delivered());
        states.put("PURCHASE_DECIDED", delivered(DECIDE));
        states.put("EXCHANGED", delivered(BUYER_EXCHANGE_REQUEST, EXCHANGE_HOLDBACK_RELEASE, EXCHANGE_PICKUP,
                EXCHANGE_COLLECT_COMPLETE, EXCHANGE_REDISPATCH, EXCHANGE_REDELIVERED));
        states.put("CANCELED", List.of(PLACE_PAID, BUYER_CANCEL_BEFORE_CONFIRM));
        states.put("RETURNED", delivered(BUYER_RETURN_REQUEST, RETURN_PICKUP, RETURN_COLLECT_DONE, RETURN_APPROVE));
        states.put("CANCELED_BY_NOPAYMENT", List.of(PLACE_UNPAID, NO_PAYMENT_CANCEL));
        STATES = Collections.unmodifiableMap(states);

        Map<String, List<Transitions>> coverage = new LinkedHashMap<>(states);
        coverage.remove("CONFIRMED");
        coverage.put("CANCEL/CANCEL_REQUEST", List.of(PLACE_PAID, CONFIRM, BUYER_CANCEL_REQUEST));
        coverage.put("CANCEL/CANCELING", List.of(PLACE_UNPAID, BUYER_CANCEL_UNPAID));
        coverage.put("CANCEL/CANCEL_REJECT", List.of(PLACE_PAID, CONFIRM, BUYER_CANCEL_REQUEST, BUYER_CANCEL_WITHDRAW));
        coverage.put("RETURN/RETURN_REQUEST", delivered(BUYER_RETURN_REQUEST));
        coverage.put("RETURN/COLLECTING", delivered(BUYER_RETURN_REQUEST, RETURN_PICKUP));
        coverage.put("RETURN/COLLECT_DONE", delivered(BUYER_RETURN_REQUEST, RETURN_PICKUP, RETURN_COLLECT_DONE));
        coverage.put("RETURN/RETURN_REJECT", delivered(BUYER_RETURN_REQUEST, RETURN_PICKUP, RETURN_COLLECT_DONE,
                RETURN_REJECT));
        coverage.put("HOLDBACK", delivered(BUYER_RETURN_REQUEST, RETURN_PICKUP, RETURN_COLLECT_DONE,
                RETURN_HOLDBACK));
        coverage.put("RELEASED", delivered(BUYER_RETURN_REQUEST, RETURN_PICKUP, RETURN_COLLECT_DONE,
                RETURN_HOLDBACK, RETURN_HOLDBACK_RELEASE));
        coverage.put("EXCHANGE/EXCHANGE_REQUEST", delivered(BUYER_EXCHANGE_REQUEST));
        coverage.put("EXCHANGE/COLLECTING", delivered(BUYER_EXCHANGE_REQUEST, EXCHANGE_PICKUP));
        coverage.put("EXCHANGE/COLLECT_DONE", delivered(BUYER_EXCHANGE_REQUEST, EXCHANGE_PICKUP,
                EXCHANGE_COLLECT_COMPLETE));
        coverage.put("EXCHANGE/EXCHANGE_REDELIVERING", delivered(BUYER_EXCHANGE_REQUEST, EXCHANGE_HOLDBACK_RELEASE,
                EXCHANGE_PICKUP, EXCHANGE_COLLECT_COMPLETE, EXCHANGE_REDISPATCH));
        coverage.put("EXCHANGE/EXCHANGE_REJECT", delivered(BUYER_EXCHANGE_REQUEST, EXCHANGE_REJECT));
        coverage.put("PURCHASE_DECISION_HOLDBACK/PURCHASE_DECISION_HOLDBACK", delivered(DECISION_HOLDBACK));
        coverage.put("PURCHASE_DECISION_HOLDBACK/PURCHASE_DECISION_REQUEST",
                delivered(DECISION_HOLDBACK, DECISION_REQUEST));
        coverage.put("PURCHASE_DECISION_HOLDBACK/PURCHASE_DECISION_HOLDBACK_RELEASE",
                delivered(DECISION_HOLDBACK, DECISION_REQUEST, DECISION_HOLDBACK_RELEASE));
        coverage.put("ADMIN_CANCEL/ADMIN_CANCELING", List.of(PLACE_PAID, ADMIN_CANCEL));
        coverage.put("ADMIN_CANCEL/ADMIN_CANCEL_DONE", List.of(PLACE_PAID, ADMIN_CANCEL, ADMIN_CANCEL_DONE));
        coverage.put("ADMIN_CANCEL/ADMIN_CANCEL_REJECT", List.of(PLACE_PAID, ADMIN_CANCEL, ADMIN_CANCEL_REJECT));
        coverage.put("ADDRESS_CHANGED", List.of(PLACE_PAID, CHANGE_ADDRESS));
        coverage.put("GIFT/WAIT_FOR_RECEIVING", List.of(PLACE_PAID));
        coverage.put("GIFT/RECEIVED", List.of(PLACE_PAID, ACCEPT_GIFT));
        COVERAGE = Collections.unmodifiableMap(coverage);
    }

    private Scripts() {
    }

    private static List<Transitions> delivered(Transitions... then) {
        List<Transitions> steps = new ArrayList<>(List.of(PLACE_PAID, CONFIRM, DISPATCH, PARCEL_PICKUP, DELIVER));
        steps.addAll(List.of(then));
        return List.copyOf(steps);
    }
}
