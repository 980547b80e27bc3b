package io.orderdesk.api;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Parameters of the reviews call. PROVISIONAL: the real contract is not public (reference §11); these names
 * are our guess, modelled on the other list calls, and must be checked against Naver's sandbox documentation.
 *
 * @param reviewType {@code GENERAL} or {@code PREMIUM}, or null for both
 */
public record ReviewQuery(OffsetDateTime from, OffsetDateTime to, String reviewType, Integer page, Integer pageSize) {

    public ReviewQuery {
        Objects.requireNonNull(from, "from");
    }

    public static ReviewQuery window(OffsetDateTime from, OffsetDateTime to) {
        return new ReviewQuery(from, to, null, 1, 300);
    }
}
