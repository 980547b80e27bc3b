package io.orderdesk.sync;

import java.time.Duration;

/**
 * How the sync behaves.
 *
 * @param backfillDays   how far back the very first run reads (default 7)
 * @param overlap        how far before the stored cursor each run starts again, to catch changes that Naver
 *                       records with a slightly earlier time than they become visible; already stored versions are
 *                       recognised and not fetched twice
 * @param reconcileDays  how many days the reconciliation sweep checks (0 = no sweep)
 * @param leaseTtl       how long this PC holds the sync lease without renewing it
 */
public record SyncSettings(int backfillDays, Duration overlap, int reconcileDays, Duration leaseTtl) {

    public SyncSettings {
        if (backfillDays < 0 || backfillDays > 365) {
            throw new IllegalArgumentException("backfillDays must be 0..365: " + backfillDays);
        }
        if (reconcileDays < 0 || reconcileDays > 30) {
            throw new IllegalArgumentException("reconcileDays must be 0..30: " + reconcileDays);
        }
    }

    public static SyncSettings defaults() {
        return new SyncSettings(7, Duration.ofMinutes(5), 0, Duration.ofMinutes(2));
    }

    public SyncSettings withBackfillDays(int days) {
        return new SyncSettings(days, overlap, reconcileDays, leaseTtl);
    }

    public SyncSettings withReconcileDays(int days) {
        return new SyncSettings(backfillDays, overlap, days, leaseTtl);
    }

    public SyncSettings withOverlap(Duration newOverlap) {
        return new SyncSettings(backfillDays, newOverlap, reconcileDays, leaseTtl);
    }
}
