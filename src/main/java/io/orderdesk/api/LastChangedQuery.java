package io.orderdesk.api;

import io.orderdesk.domain.LastChangedType;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Parameters of {@code last-changed-statuses} (§4.1). To page on, copy {@code more.moreFrom} into
 * {@code from} and {@code more.moreSequence} into {@code moreSequence}, keeping {@code to}.
 *
 * @param from         required, inclusive
 * @param to           inclusive; null lets the API use {@code from} + 24 h
 * @param type         optional filter on the last change's type
 * @param moreSequence from the previous page's {@code more}, else null
 * @param limitCount   1–300, or null for the API's maximum of 300
 */
public record LastChangedQuery(
        OffsetDateTime from, OffsetDateTime to, LastChangedType type, String moreSequence, Integer limitCount) {

    public LastChangedQuery {
        Objects.requireNonNull(from, "from");
    }

    public static LastChangedQuery window(OffsetDateTime from, OffsetDateTime to) {
        return new LastChangedQuery(from, to, null, null, null);
    }

    /** The query for the page that starts where {@code more} says. */
    public LastChangedQuery next(OffsetDateTime moreFrom, String nextSequence) {
        return new LastChangedQuery(moreFrom, to, type, nextSequence, limitCount);
    }

    public LastChangedQuery withLimit(int limit) {
        return new LastChangedQuery(from, to, type, moreSequence, limit);
    }
}
