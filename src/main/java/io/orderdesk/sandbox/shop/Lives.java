package io.orderdesk.sandbox.shop;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Plays a list of steps on one order. Payment, 발주 확인, dispatch, delivery and the like act on every line of the
 * order at the same instant (one parcel, one payment); claims act on one line. A step a line's state refuses is
 * skipped for that line.
 */
final class Lives {

    private static final Set<Transitions> ORDER_WIDE = Set.of(Transitions.PLACE_UNPAID, Transitions.PLACE_PAID,
            Transitions.PAY, Transitions.NO_PAYMENT_CANCEL, Transitions.CONFIRM, Transitions.DELAY,
            Transitions.DISPATCH, Transitions.PARCEL_PICKUP, Transitions.DELIVER, Transitions.DECIDE,
            Transitions.AUTO_DECIDE, Transitions.CHANGE_ADDRESS, Transitions.ACCEPT_GIFT,
            Transitions.BUYER_CANCEL_UNPAID, Transitions.CANCELING_DONE);
    private static final Set<Transitions> TIMED = Set.of(Transitions.NO_PAYMENT_CANCEL,
            Transitions.AUTO_DECIDE, Transitions.CANCELING_DONE);

    private Lives() {
    }

    /**
     * Lives the generated plan until {@code now}: steps that would happen later do not happen yet, and the seller
     * sometimes has not got round to a step, leaving the order waiting for staff. Time-driven rules fire whenever
     * they fall due between steps, exactly as {@link TimeRules} would, so a fresh world has nothing overdue.
     */
    static void live(World world, Random random, OrderRecord order, List<Transitions> plan, Instant now) {
        ProductOrderRecord claimLine = order.lines.get(random.nextInt(order.lines.size()));
        Instant at = order.orderDate;
        for (Transitions step : plan) {
            if (TIMED.contains(step)) {
                continue;
            }
            Instant next = Pace.next(random, step, at, claimLine);
            settleDue(world, order, at, next.isAfter(now) ? now : next);
            if (next.isAfter(now) || (step.actor == Transitions.Actor.SELLER && random.nextInt(40) == 0)) {
                break;
            }
            at = next;
            play(world, random, order, claimLine, step, at);
        }
        settleDue(world, order, at, now);
    }

    /** Fires the time rules that fall due by {@code until}, never earlier than the last step at {@code after}. */
    private static void settleDue(World world, OrderRecord order, Instant after, Instant until) {
        for (ProductOrderRecord line : order.lines) {
            Instant due = TimeRules.due(line);
            while (due != null && !due.isAfter(until)) {
                TimeRules.pending(line).fire(world, line, Change.at(due.isBefore(after) ? after : due));
                due = TimeRules.due(line);
            }
        }
    }

    /**
     * Plays a fixed script with the steps {@code spacingSeconds} apart, starting at {@code start}. Unlike a generated
     * life, claim steps act on every line and on all of it, so the whole order ends in the scripted state.
     */
    static void script(World world, Random random, OrderRecord order, List<Transitions> steps, Instant start,
                       long spacingSeconds) {
        Instant at = start;
        for (Transitions step : steps) {
            if (step == Transitions.NO_PAYMENT_CANCEL && order.paymentDueDate.isAfter(at)) {
                order.paymentDueDate = at;
            }
            if (ORDER_WIDE.contains(step)) {
                play(world, random, order, order.lines.get(0), step, at);
            } else {
                for (ProductOrderRecord line : order.lines) {
                    fire(world, step, line, StepParams.change(world, random, step, line, at, null, null)
                            .quantity(null));
                }
            }
            at = at.plusSeconds(spacingSeconds);
        }
    }

    static void play(World world, Random random, OrderRecord order, ProductOrderRecord claimLine, Transitions step,
                     Instant at) {
        if (!ORDER_WIDE.contains(step)) {
            fire(world, step, claimLine, StepParams.change(world, random, step, claimLine, at, null, null));
            return;
        }
        String company = StepParams.carrier(random);
        String tracking = step == Transitions.DISPATCH ? Shipments.newTrackingNumber(world, company) : null;
        boolean newAddress = step == Transitions.CHANGE_ADDRESS || step == Transitions.ACCEPT_GIFT;
        Change shared = null;
        for (ProductOrderRecord line : order.lines) {
            if (newAddress && line.shippingAddress == null) {
                continue;
            }
            if (shared == null || !newAddress) {
                shared = StepParams.change(world, random, step, line, at, company, tracking);
            }
            fire(world, step, line, shared);
        }
    }

    private static void fire(World world, Transitions step, ProductOrderRecord line, Change change) {
        if (step == Transitions.DISPATCH) {
            Transitions.fireFirst(world, line, change, Transitions.DISPATCH,
                    Transitions.DISPATCH_OVER_CANCEL_REQUEST);
        } else {
            step.fire(world, line, change);
        }
    }
}
