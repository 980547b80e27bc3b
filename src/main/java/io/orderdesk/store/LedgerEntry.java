package io.orderdesk.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One window the sync fetched, as the Sync log screen shows it.
 *
 * @param kind       what was fetched, as named by the sync (e.g. {@code CHANGES}, {@code BACKFILL}, {@code SWEEP})
 * @param from       window start, in UTC
 * @param to         window end, in UTC
 * @param traceIds   the API trace IDs of the calls made, in order
 * @param startedAt  when the window was started (database clock)
 * @param finishedAt when it finished, or {@code null} while it runs (or if the app died meanwhile)
 * @param outcome    {@link SyncLedger#OK}, {@link SyncLedger#FAILED}, {@link SyncLedger#CANCELLED} (or another value
 *                   a newer version wrote); {@code null} while running
 * @param message    a short explanation for the user, typically the error, or {@code null}
 */
public record LedgerEntry(long id, String kind, OffsetDateTime from, OffsetDateTime to, int pages, int rows,
                          List<String> traceIds, Instant startedAt, Instant finishedAt, String outcome,
                          String message) {

    /** Copies the trace IDs. */
    public LedgerEntry {
        traceIds = List.copyOf(traceIds);
    }

    /** True while the window has not been finished. */
    public boolean isRunning() {
        return finishedAt == null;
    }
}
