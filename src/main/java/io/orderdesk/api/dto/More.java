package io.orderdesk.api.dto;

import java.time.OffsetDateTime;

/**
 * Where the next change-feed page starts: send {@code moreFrom} as {@code lastChangedFrom} and {@code moreSequence} as
 * {@code moreSequence}. The sequence is an opaque string and must be passed back verbatim.
 */
public record More(OffsetDateTime moreFrom, String moreSequence) {
}
