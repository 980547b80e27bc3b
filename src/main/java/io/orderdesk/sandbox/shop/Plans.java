package io.orderdesk.sandbox.shop;

import static io.orderdesk.sandbox.shop.Transitions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The random life of a generated order: mostly paid, confirmed, shipped, delivered and decided, with a realistic share
 * of unpaid orders, cancels, returns, exchanges (some followed by a return), admin cancels and decision holdbacks.
 */
final class Plans {

    private Plans() {
    }

    static List<Transitions> plan(Random random, OrderRecord order) {
        List<Transitions> steps = new ArrayList<>();
        if (order.paymentDueDate != null) {
            steps.add(PLACE_UNPAID);
            int roll = random.nextInt(10);
            if (roll < 3) {
                steps.addAll(roll == 0 ? List.of(BUYER_CANCEL_UNPAID, CANCELING_DONE) : List.of(NO_PAYMENT_CANCEL));
                return steps;
            }
            steps.add(PAY);
        } else {
            steps.add(PLACE_PAID);
        }
        if (order.gift) {
            steps.add(ACCEPT_GIFT);
        } else if (random.nextInt(20) == 0) {
            steps.add(CHANGE_ADDRESS);
        }
        int roll = random.nextInt(100);
        if (roll < 5) {
            steps.add(BUYER_CANCEL_BEFORE_CONFIRM);
            return steps;
        }
        if (roll < 7) {
            steps.add(SELLER_CANCEL);
            return steps;
        }
        if (roll < 8) {
            steps.addAll(List.of(ADMIN_CANCEL, random.nextBoolean() ? ADMIN_CANCEL_DONE : ADMIN_CANCEL_REJECT));
        }
        steps.add(CONFIRM);
        if (random.nextInt(15) == 0) {
            steps.add(DELAY);
        }
        if (roll >= 8 && roll < 14) {
            int outcome = random.nextInt(3);
            steps.add(BUYER_CANCEL_REQUEST);
            if (outcome == 0) {
                steps.add(CANCEL_APPROVE);
            } else if (outcome == 1) {
                steps.add(BUYER_CANCEL_WITHDRAW);
            }
        }
        steps.addAll(List.of(DISPATCH, PARCEL_PICKUP, DELIVER));
        if (roll >= 14 && roll < 22) {
            addReturn(random, steps);
        } else if (roll >= 22 && roll < 29) {
            addExchange(random, steps);
        } else if (roll == 29) {
            steps.addAll(List.of(DECISION_HOLDBACK, DECISION_REQUEST, DECISION_HOLDBACK_RELEASE));
        }
        steps.add(random.nextInt(5) < 2 ? DECIDE : AUTO_DECIDE);
        return steps;
    }

    private static void addReturn(Random random, List<Transitions> steps) {
        steps.add(BUYER_RETURN_REQUEST);
        if (random.nextInt(7) == 0) {
            steps.add(BUYER_RETURN_WITHDRAW);
            return;
        }
        steps.addAll(List.of(RETURN_PICKUP, RETURN_COLLECT_DONE));
        if (random.nextInt(4) == 0) {
            steps.add(RETURN_HOLDBACK);
            steps.add(RETURN_HOLDBACK_RELEASE);
        }
        steps.add(random.nextInt(6) == 0 ? RETURN_REJECT : RETURN_APPROVE);
    }

    private static void addExchange(Random random, List<Transitions> steps) {
        steps.add(BUYER_EXCHANGE_REQUEST);
        steps.add(EXCHANGE_HOLDBACK_RELEASE);
        if (random.nextInt(7) == 0) {
            steps.add(random.nextBoolean() ? BUYER_EXCHANGE_WITHDRAW : EXCHANGE_REJECT);
            return;
        }
        steps.addAll(List.of(EXCHANGE_PICKUP, EXCHANGE_COLLECT_COMPLETE, EXCHANGE_REDISPATCH, EXCHANGE_REDELIVERED));
        if (random.nextInt(5) == 0) {
            addReturn(random, steps);
        }
    }
}
