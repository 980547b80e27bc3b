package io.orderdesk.store;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One version of a product order as this store saw it.
 *
 * @param seenAt          when the version was stored (database clock)
 * @param lastChangedDate Naver's change time for this version, if the feed gave one
 * @param lastChangedType Naver's change kind (e.g. {@code DISPATCHED}), if the feed gave one
 * @param changes         per changed column (names as in {@link StoredProductOrder}), the value before and after, in
 *                        column order; for the first version every column that has a value (flags only when true),
 *                        with {@code null} before. Empty when only details outside the summary columns changed.
 */
public record HistoryEntry(Instant seenAt, Instant lastChangedDate, String lastChangedType,
                           Map<String, HistoryEntry.Change> changes) {

    /** Copies the changes, keeping their order. */
    public HistoryEntry {
        changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }

    /**
     * A column's value before and after, as text: codes and names as stored, instants in ISO-8601 UTC, numbers and
     * booleans in their plain form; {@code null} for absent.
     */
    public record Change(String before, String after) {
    }
}
