package io.orderdesk.sandbox.shop;

import io.orderdesk.sandbox.SandboxClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;

/**
 * When each step of a generated order's life happens. Buyers and couriers act at random whole seconds; the seller
 * works in batches at 10:00, 14:00 and 17:00 and Naver's jobs run at midnight, so many product orders share the same
 * change time, as they do in the real feed.
 */
final class Pace {

    private static final List<LocalTime> SELLER_SLOTS = List.of(LocalTime.of(10, 0), LocalTime.of(14, 0),
            LocalTime.of(17, 0));

    private Pace() {
    }

    /** When {@code step} happens after the previous step at {@code previous}; {@code po} is the line it acts on. */
    static Instant next(Random random, Transitions step, Instant previous, ProductOrderRecord po) {
        return switch (step) {
            case PLACE_UNPAID, PLACE_PAID -> previous;
            case NO_PAYMENT_CANCEL, AUTO_DECIDE, CANCELING_DONE -> TimeRules.due(po);
            case PAY -> previous.plus(minutes(random, 20, 20 * 60));
            case DELAY -> previous.plus(minutes(random, 2, 30));
            case PARCEL_PICKUP -> previous.plus(minutes(random, 90, 6 * 60));
            case DELIVER, RETURN_COLLECT_DONE, EXCHANGE_COLLECT_DONE, EXCHANGE_REDELIVERED ->
                    previous.plus(minutes(random, 14 * 60, 40 * 60));
            case RETURN_PICKUP, EXCHANGE_PICKUP -> previous.plus(minutes(random, 10 * 60, 30 * 60));
            case DECIDE -> previous.plus(minutes(random, 2 * 60, 5 * 24 * 60));
            case CHANGE_ADDRESS, BUYER_CANCEL_UNPAID, BUYER_CANCEL_BEFORE_CONFIRM, BUYER_CANCEL_REQUEST ->
                    previous.plus(minutes(random, 10, 8 * 60));
            case ACCEPT_GIFT, BUYER_CANCEL_WITHDRAW, BUYER_RETURN_WITHDRAW, BUYER_EXCHANGE_WITHDRAW ->
                    previous.plus(minutes(random, 60, 30 * 60));
            case BUYER_RETURN_REQUEST, BUYER_EXCHANGE_REQUEST -> previous.plus(minutes(random, 3 * 60, 3 * 24 * 60));
            case ADMIN_CANCEL, ADMIN_CANCEL_DONE, ADMIN_CANCEL_REJECT -> previous.plus(minutes(random, 60, 24 * 60));
            case DECISION_HOLDBACK, DECISION_REQUEST, DECISION_HOLDBACK_RELEASE ->
                    previous.plus(minutes(random, 24 * 60, 48 * 60));
            default -> sellerSlot(previous.plus(Duration.ofMinutes(10)));
        };
    }

    /** The first seller work slot at or after {@code earliest}. */
    static Instant sellerSlot(Instant earliest) {
        ZonedDateTime at = earliest.atZone(SandboxClock.KST);
        for (int day = 0; day < 2; day++) {
            for (LocalTime slot : SELLER_SLOTS) {
                ZonedDateTime candidate = at.toLocalDate().plusDays(day).atTime(slot).atZone(SandboxClock.KST);
                if (!candidate.isBefore(at)) {
                    return candidate.toInstant();
                }
            }
        }
        throw new IllegalStateException("no slot within two days of " + earliest);
    }

    private static Duration minutes(Random random, int from, int to) {
        return Duration.ofSeconds(60L * from + random.nextInt(60 * (to - from) + 1));
    }
}
