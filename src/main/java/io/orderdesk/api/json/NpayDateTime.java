package io.orderdesk.api.json;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Objects;

/**
 * The Naver Pay date-time wire format. Naver asks for {@code yyyy-MM-dd'T'HH:mm:ss.SSS+09:00} exactly (milliseconds
 * included even for whole seconds, KST offset), so that is the only shape we ever send; what we receive is parsed
 * leniently because other offsets and missing milliseconds do turn up (gateway errors use {@code Z}).
 */
public final class NpayDateTime {

    /** Korea Standard Time; Naver interprets every date and date-time in it. */
    public static final ZoneOffset KST = ZoneOffset.ofHours(9);

    private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    // A value without any offset is read as KST rather than rejected: the API documents KST for everything.
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMMss", "Z").optionalEnd()
            .parseDefaulting(ChronoField.OFFSET_SECONDS, KST.getTotalSeconds())
            .toFormatter();

    private NpayDateTime() {
    }

    /** Formats the instant in KST with milliseconds, e.g. {@code 2022-06-05T12:17:35.000+09:00}. */
    public static String format(OffsetDateTime dateTime) {
        Objects.requireNonNull(dateTime, "dateTime");
        return WRITE.format(dateTime.withOffsetSameInstant(KST));
    }

    /**
     * Parses an ISO-8601 date-time with any offset ({@code +09:00}, {@code Z}, {@code +0000}), with or without
     * fractional seconds, and returns the same instant at {@code +09:00}, so that every date-time Order Desk holds
     * reads as the shop's local time and values from different sources compare with {@code equals}.
     *
     * @throws DateTimeException when the text is not such a date-time
     */
    public static OffsetDateTime parse(String text) {
        Objects.requireNonNull(text, "text");
        return OffsetDateTime.parse(text.trim(), READ).withOffsetSameInstant(KST);
    }
}
