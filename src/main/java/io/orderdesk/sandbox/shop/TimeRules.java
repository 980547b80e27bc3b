package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.ClaimType;
import io.orderdesk.domain.ProductOrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules that fire by themselves once their time has come: an unpaid order is canceled at the midnight after its
 * payment due date, an unpaid order's cancel completes half an hour after the request, and a delivered (or exchanged)
 * product order is decided at the midnight eight days after delivery [INFERRED: Naver's usual auto-decision period].
 * The generator schedules the same due times, so a fresh world has nothing overdue.
 */
final class TimeRules {

    static final Duration AUTO_DECISION_AFTER = Duration.ofDays(8);
    static final Duration CANCELING_TAKES = Duration.ofMinutes(30);

    private TimeRules() {
    }

    /** When {@code po}'s next time-driven transition falls due, or null when none is pending. */
    static Instant due(ProductOrderRecord po) {
        Transitions next = pending(po);
        if (next == null) {
            return null;
        }
        return switch (next) {
            case NO_PAYMENT_CANCEL -> po.order.paymentDueDate == null ? null
                    : Dates.nextMidnight(po.order.paymentDueDate);
            case CANCELING_DONE -> po.claim.requestDate.plus(CANCELING_TAKES);
            default -> decisionBasis(po) == null ? null
                    : Dates.nextMidnight(decisionBasis(po).plus(AUTO_DECISION_AFTER));
        };
    }

    /** The time-driven transition that waits for {@code po}, if any. */
    static Transitions pending(ProductOrderRecord po) {
        if (po.claim != null && po.claim.is(ClaimType.CANCEL, ClaimStatus.CANCELING)) {
            return Transitions.CANCELING_DONE;
        }
        if (po.hasOpenClaim()) {
            return null;
        }
        if (po.status == ProductOrderStatus.PAYMENT_WAITING) {
            return Transitions.NO_PAYMENT_CANCEL;
        }
        return po.isIn(ProductOrderStatus.DELIVERED, ProductOrderStatus.EXCHANGED) ? Transitions.AUTO_DECIDE : null;
    }

    private static Instant decisionBasis(ProductOrderRecord po) {
        if (po.status == ProductOrderStatus.EXCHANGED && po.claim != null && po.claim.completedDate != null) {
            return po.claim.completedDate;
        }
        return po.delivery == null ? null : po.delivery.deliveredDate;
    }

    /** Fires everything due by {@code now}, stamped {@code now}; returns how many product orders changed. */
    static int run(World world, Instant now) {
        List<ProductOrderRecord> due = new ArrayList<>();
        for (ProductOrderRecord po : world.productOrders()) {
            Instant when = due(po);
            if (when != null && !when.isAfter(now)) {
                due.add(po);
            }
        }
        int changed = 0;
        for (ProductOrderRecord po : due) {
            if (pending(po).fire(world, po, Change.at(now)) == null) {
                changed++;
            }
        }
        return changed;
    }
}
