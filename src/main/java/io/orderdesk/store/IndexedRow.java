package io.orderdesk.store;

import java.time.Instant;

/**
 * A stored line as the index takes it in.
 *
 * @param version  the row's version, which only ever grows; it decides which of two versions is newer, since two
 *                 writers' clocks (or their transactions' start times) need not be in commit order
 * @param storedAt when it was stored (database clock), for the refresh watermark
 */
record IndexedRow(OrderSummary summary, int version, Instant storedAt) {
}
