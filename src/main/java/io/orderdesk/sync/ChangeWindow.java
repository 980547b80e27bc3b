package io.orderdesk.sync;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One stretch of the change feed read with a fixed {@code lastChangedTo}: the API answers at most 24 hours per call.
 *
 * @param from         inclusive start
 * @param to           inclusive end, at most 24 h after {@code from}
 * @param moreSequence where to resume inside {@code from}'s instant, when a previous run stopped mid-window
 */
record ChangeWindow(OffsetDateTime from, OffsetDateTime to, String moreSequence) {

    static final Duration MAX = Duration.ofHours(24);

    /** The windows that cover {@code start} up to {@code now}, the first one resuming at {@code moreSequence}. */
    static List<ChangeWindow> cover(OffsetDateTime start, String moreSequence, OffsetDateTime now) {
        List<ChangeWindow> windows = new ArrayList<>();
        OffsetDateTime from = start;
        String sequence = moreSequence;
        do {
            OffsetDateTime to = from.plus(MAX).isBefore(now) ? from.plus(MAX) : now;
            if (to.isBefore(from)) {
                to = from;
            }
            windows.add(new ChangeWindow(from, to, sequence));
            from = to;
            sequence = null;
        } while (from.isBefore(now));
        return windows;
    }
}
