package io.orderdesk.sync;

/**
 * Where a running sync is, for a progress bar.
 *
 * @param windowsDone   change windows (≤ 24 h each) fully stored
 * @param windowsTotal  change windows this run will read
 * @param ordersFetched product-order details fetched and stored so far
 */
public record SyncProgress(int windowsDone, int windowsTotal, int ordersFetched) {

    /** 0..1 for a progress bar. */
    public double fraction() {
        return windowsTotal == 0 ? 1.0 : Math.min(1.0, (double) windowsDone / windowsTotal);
    }
}
