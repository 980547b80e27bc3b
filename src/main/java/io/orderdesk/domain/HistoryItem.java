package io.orderdesk.domain;

import java.time.Instant;
import java.util.List;

/**
 * One version of a product order as this PC's store saw it, for the detail pane's timeline.
 *
 * @param seenAt    when the store took the version in
 * @param changedAt when Naver made the change, if the change feed said
 * @param type      what kind of change Naver reported, or {@code null}
 * @param changes   the list columns that changed, in column order; empty when only details changed
 */
public record HistoryItem(Instant seenAt, Instant changedAt, Coded<LastChangedType> type, List<FieldChange> changes) {

    public HistoryItem {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** How a changed value is to be read. */
    public enum Kind {
        /** Plain text, or an API code already turned into its Korean label. */
        TEXT,
        /** An instant in ISO-8601. */
        INSTANT,
        /** Whole won. */
        AMOUNT,
        /** {@code true} or {@code false}. */
        FLAG
    }

    /**
     * One changed column.
     *
     * @param field  the column's name as the store calls it, e.g. {@code productOrderStatus}
     * @param before the old value, {@code null} when there was none
     * @param after  the new value, {@code null} when it was removed
     */
    public record FieldChange(String field, Kind kind, String before, String after) {
    }
}
