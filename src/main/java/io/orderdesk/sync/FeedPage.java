package io.orderdesk.sync;

import io.orderdesk.api.dto.LastChangeStatus;
import io.orderdesk.api.dto.More;
import java.util.List;

/**
 * One page of the change feed as read, waiting for its details.
 *
 * @param window      the window it belongs to
 * @param windowIndex 0-based position of the window in this run
 * @param changes     the rows that could be read
 * @param skippedIds  ids of rows that could not be read (kept for the next run)
 * @param more        where the next page starts, or null when the window is done
 * @param traceId     the call's trace ID
 */
record FeedPage(ChangeWindow window, int windowIndex, List<LastChangeStatus> changes, List<String> skippedIds,
                More more, String traceId) {

    boolean lastOfWindow() {
        return more == null;
    }
}
