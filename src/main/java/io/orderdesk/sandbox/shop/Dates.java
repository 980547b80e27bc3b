package io.orderdesk.sandbox.shop;

import io.orderdesk.sandbox.SandboxClock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The API's date-time text: always written as {@code yyyy-MM-dd'T'HH:mm:ss.SSS+09:00}, read leniently. */
final class Dates {

    private static final DateTimeFormatter OUT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(SandboxClock.KST);

    private Dates() {
    }

    static String format(Instant instant) {
        return instant == null ? null : OUT.format(instant);
    }

    /**
     * Any ISO date-time with an offset (or {@code Z}); one without an offset is taken as KST, since that is what a
     * Korean client means when it forgets the offset.
     */
    static Instant parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw BadRequest.missing(field);
        }
        String trimmed = text.trim();
        try {
            return OffsetDateTime.parse(trimmed).toInstant().truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeException offsetMissingOrWrong) {
            try {
                return ZonedDateTime.parse(trimmed).toInstant().truncatedTo(ChronoUnit.MILLIS);
            } catch (DateTimeException notZoned) {
                try {
                    return LocalDateTime.parse(trimmed).atZone(SandboxClock.KST).toInstant()
                            .truncatedTo(ChronoUnit.MILLIS);
                } catch (DateTimeException notAtAll) {
                    throw BadRequest.invalid(field, "날짜 형식이 올바르지 않습니다 (예: 2024-06-07T19:00:00.000+09:00)");
                }
            }
        }
    }

    /** Start of the KST day after the one {@code instant} falls in: when nightly batch jobs run. */
    static Instant nextMidnight(Instant instant) {
        return instant.atZone(SandboxClock.KST).toLocalDate().plusDays(1)
                .atStartOfDay(SandboxClock.KST).toInstant();
    }

    /** 23:59:59 KST of the day {@code days} after the one {@code instant} falls in. */
    static Instant endOfDayAfter(Instant instant, int days) {
        return nextMidnight(instant).plus(days, ChronoUnit.DAYS).minusSeconds(1);
    }

    static String yyyyMMdd(Instant instant) {
        var date = instant.atZone(SandboxClock.KST).toLocalDate();
        return String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }
}
