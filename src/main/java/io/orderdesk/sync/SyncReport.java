package io.orderdesk.sync;

import java.util.List;

/**
 * What one sync run did.
 *
 * @param outcome    how it ended
 * @param windows    change windows stored
 * @param pages      change-feed pages stored
 * @param fetched    product-order details fetched
 * @param inserted   product orders seen for the first time
 * @param updated    product orders whose stored version changed
 * @param skipped    product orders whose detail could not be read; kept for the next run
 * @param repaired   product orders the reconciliation sweep found missing or stale and fixed
 * @param newOrders  ids of product orders first seen in this run that belong under 신규주문 (for alerts)
 * @param newClaims  ids of product orders whose latest change is a new claim that is still open (for alerts)
 * @param error      the failure when {@code outcome} is FAILED, else null
 */
public record SyncReport(Outcome outcome, int windows, int pages, int fetched, int inserted, int updated,
                         int skipped, int repaired, List<String> newOrders, List<String> newClaims,
                         RuntimeException error) {

    public enum Outcome { OK, FAILED, CANCELLED, BUSY }

    public SyncReport {
        newOrders = List.copyOf(newOrders);
        newClaims = List.copyOf(newClaims);
    }

    /** A report that does not tell new claims apart. */
    public SyncReport(Outcome outcome, int windows, int pages, int fetched, int inserted, int updated, int skipped,
                      int repaired, List<String> newOrders, RuntimeException error) {
        this(outcome, windows, pages, fetched, inserted, updated, skipped, repaired, newOrders, List.of(), error);
    }

    static SyncReport busy() {
        return new SyncReport(Outcome.BUSY, 0, 0, 0, 0, 0, 0, 0, List.of(), null);
    }

    public boolean ok() {
        return outcome == Outcome.OK;
    }
}
