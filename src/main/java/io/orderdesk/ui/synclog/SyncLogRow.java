package io.orderdesk.ui.synclog;

import io.orderdesk.store.LedgerEntry;
import io.orderdesk.store.SyncLedger;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One ledger entry as the table shows it. Times are in KST, as Naver Pay and its center show them, whatever the
 * PC's own zone.
 *
 * @param outcomeStyle {@code ok}, {@code failed}, {@code cancelled}, {@code running} or {@code other}, for colour
 */
public record SyncLogRow(long id, String started, String kind, String window, int pages, int rows, String outcome,
                         String outcomeStyle, String duration, String message, List<String> traceIds) {

    static final ZoneId KST = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DAY_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter MONTH_MINUTE = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    public SyncLogRow {
        traceIds = List.copyOf(traceIds);
    }

    static SyncLogRow of(LedgerEntry entry, ResourceBundle bundle) {
        String outcomeCode = entry.outcome() == null && entry.isRunning() ? "RUNNING" : entry.outcome();
        return new SyncLogRow(entry.id(), time(entry.startedAt()), label(bundle, "synclog.kind.", entry.kind()),
                window(entry.from(), entry.to()), entry.pages(), entry.rows(),
                label(bundle, "synclog.outcome.", outcomeCode), style(outcomeCode),
                duration(bundle, entry.startedAt(), entry.finishedAt()),
                message(entry, outcomeCode), entry.traceIds());
    }

    /**
     * A failure's message is technical (endpoint, status, code) and reads the same in any language. A cancelled
     * window carries the sync's Korean word for "cancelled", which the outcome column already says in the user's.
     */
    private static String message(LedgerEntry entry, String outcome) {
        return entry.message() == null || SyncLedger.CANCELLED.equals(outcome) ? "" : entry.message();
    }

    private static String time(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(KST));
    }

    /** "2026-11-20 09:00 ~ 10:00" within a day, else "2026-11-19 10:00 ~ 11-20 10:00". */
    static String window(OffsetDateTime from, OffsetDateTime to) {
        if (from == null) {
            return "";
        }
        ZonedDateTime start = from.atZoneSameInstant(KST);
        if (to == null) {
            return DAY_MINUTE.format(start) + " ~";
        }
        ZonedDateTime end = to.atZoneSameInstant(KST);
        DateTimeFormatter endFormat = start.toLocalDate().equals(end.toLocalDate()) ? MINUTE : MONTH_MINUTE;
        return DAY_MINUTE.format(start) + " ~ " + endFormat.format(end);
    }

    private static String duration(ResourceBundle bundle, Instant started, Instant finished) {
        if (started == null || finished == null) {
            return "";
        }
        long seconds = Math.max(0, Duration.between(started, finished).toSeconds());
        if (seconds == 0) {
            return bundle.getString("synclog.duration.instant");
        }
        if (seconds < 60) {
            return MessageFormat.format(bundle.getString("synclog.duration.seconds"), seconds);
        }
        return MessageFormat.format(bundle.getString("synclog.duration.minutes"), seconds / 60, seconds % 60);
    }

    /** A newer version may write kinds or outcomes this one has no words for; those show as they are. */
    private static String label(ResourceBundle bundle, String prefix, String code) {
        if (code == null) {
            return "";
        }
        try {
            return bundle.getString(prefix + code);
        } catch (MissingResourceException unknown) {
            return code;
        }
    }

    private static String style(String outcome) {
        if (outcome == null) {
            return "other";
        }
        return switch (outcome) {
            case SyncLedger.OK, SyncLedger.FAILED, SyncLedger.CANCELLED, "RUNNING" -> outcome.toLowerCase(Locale.ROOT);
            default -> "other";
        };
    }
}
