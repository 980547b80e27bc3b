package io.orderdesk.store;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Where the incremental sync continues: the {@code lastChangedFrom} of the next request and, inside a window that
 * has more pages, Naver's {@code moreSequence}.
 *
 * @param from         the next window's start; read back in UTC whatever offset it was written with
 * @param moreSequence the paging token within the window, or {@code null} at a window boundary
 */
public record Cursor(OffsetDateTime from, String moreSequence) {

    /** Checks that the window start is present. */
    public Cursor {
        Objects.requireNonNull(from, "from");
    }
}
