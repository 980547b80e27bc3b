package io.orderdesk.ui.orders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** The payment-period filter, counted in whole Korean calendar days up to today. */
public enum Period {

    ALL(0), TODAY(1), WEEK(7), MONTH(30), QUARTER(90);

    private final int days;

    Period(int days) {
        this.days = days;
    }

    /** The first instant included, or {@code null} for no limit. */
    public Instant from(Clock clock) {
        if (days == 0) {
            return null;
        }
        return LocalDate.now(clock.withZone(Formats.SHOP_ZONE)).minusDays(days - 1L)
                .atStartOfDay(Formats.SHOP_ZONE).toInstant();
    }

    public String labelKey() {
        return "orders.period." + name();
    }
}
