package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.RangeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which date of a product order each {@code rangeType} (§6.5) looks at. Claim dates are searched over the current,
 * before and completed claims, so a product order matches when any of its claims falls in the window.
 */
final class RangeDates {

    private RangeDates() {
    }

    /** The product order's date of this kind inside {@code [from, to]}, or null when it has none there. */
    static Instant within(ProductOrderRecord po, RangeType type, Instant from, Instant to) {
        for (Instant date : dates(po, type)) {
            if (date != null && !date.isBefore(from) && !date.isAfter(to)) {
                return date;
            }
        }
        return null;
    }

    private static List<Instant> dates(ProductOrderRecord po, RangeType type) {
        return switch (type) {
            case PAYED_DATETIME -> List.of(orNever(po.order.paymentDate));
            case ORDERED_DATETIME -> List.of(po.order.orderDate);
            case DISPATCHED_DATETIME -> List.of(orNever(po.dispatchedDate));
            case PURCHASE_DECIDED_DATETIME -> List.of(orNever(po.decisionDate));
            case GIFT_RECEIVED_DATETIME -> List.of(orNever(po.giftReceivedDate));
            case CLAIM_REQUESTED_DATETIME, CLAIM_COMPLETED_DATETIME, COLLECT_COMPLETED_DATETIME ->
                    claimDates(po, type);
            default -> List.of();
        };
    }

    private static List<Instant> claimDates(ProductOrderRecord po, RangeType type) {
        List<ClaimRecord> claims = new ArrayList<>(po.completedClaims);
        if (po.claim != null) {
            claims.add(po.claim);
        }
        if (po.beforeExchange != null) {
            claims.add(po.beforeExchange);
        }
        List<Instant> dates = new ArrayList<>(claims.size());
        for (ClaimRecord claim : claims) {
            dates.add(switch (type) {
                case CLAIM_REQUESTED_DATETIME -> claim.requestDate;
                case CLAIM_COMPLETED_DATETIME -> claim.completedDate;
                default -> claim.collectCompletedDate;
            });
        }
        return dates;
    }

    private static Instant orNever(Instant date) {
        return date == null ? Instant.MIN : date;
    }
}
