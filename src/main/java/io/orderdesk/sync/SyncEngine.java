package io.orderdesk.sync;

import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.api.dto.LastChangeStatus;
import io.orderdesk.store.Cursor;
import io.orderdesk.store.Store;
import io.orderdesk.store.UpsertResult;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the local store up to date with Naver Pay: first the product orders that could not be read last time, then
 * the change feed from the stored cursor up to now (a back-fill of {@link SyncSettings#backfillDays()} days on the
 * very first run), then, if configured, a reconciliation sweep.
 *
 * <p>Each page of the change feed is committed together with the cursor, so a crash at any instant neither loses
 * nor duplicates anything, and the next run resumes after the last committed page. Only one instance syncs a shared
 * store at a time (a lease row). Failures leave the cached data intact and are recorded in the sync ledger with
 * their trace IDs. Runs on the caller's thread; call it off the FX thread.
 */
public final class SyncEngine {

    /** Name of the change-feed cursor in the store. */
    public static final String CURSOR = "last-changed";
    /** Name of the lease that keeps two instances from syncing one store at once. */
    public static final String LEASE = "sync";

    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);
    private static final ZoneOffset KST = ZoneOffset.ofHours(9);

    private final NpayOrderClient client;
    private final Store store;
    private final SyncSettings settings;
    private final Clock clock;
    private final String owner;
    private final SyncSteps steps;

    /**
     * @param clock the time the feed is read up to ("now"); the app passes the system clock
     * @param owner this instance's name in the lease (e.g. host name + process id)
     */
    public SyncEngine(NpayOrderClient client, Store store, SyncSettings settings, Clock clock, String owner) {
        this(client, store, settings, clock, owner, SyncSteps.NONE);
    }

    /** As above, with test hooks between the steps of each page. */
    public SyncEngine(NpayOrderClient client, Store store, SyncSettings settings, Clock clock, String owner,
                      SyncSteps steps) {
        this.client = client;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.owner = owner;
        this.steps = steps;
    }

    /** One run; never throws for API or store failures, which come back in the report. */
    public SyncReport runOnce(SyncListener listener, CancelSignal cancel) {
        if (!store.lease().tryAcquire(LEASE, owner, settings.leaseTtl())) {
            LOG.info("Another instance is syncing this store; skipping this run");
            return SyncReport.busy();
        }
        SyncTally tally = new SyncTally();
        PageWriter writer = new PageWriter(store, owner, settings.leaseTtl(), steps);
        try {
            retryPending(writer, tally);
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(KST);
            Optional<Cursor> cursor = store.cursors().get(CURSOR);
            List<ChangeWindow> windows = windowsFrom(cursor, now);
            new IncrementalRun(client, store, writer, steps, tally)
                    .run(cursor.isPresent() ? "incremental" : "backfill", windows, listener, cancel);
            if (settings.reconcileDays() > 0) {
                tally.repaired += new Reconciler(client, store, writer).sweep(now, settings.reconcileDays(), cancel);
            }
            return tally.report(SyncReport.Outcome.OK, null);
        } catch (CancelSignal.SyncCancelledException e) {
            LOG.info("Sync cancelled after {} pages", tally.pages);
            return tally.report(SyncReport.Outcome.CANCELLED, null);
        } catch (RuntimeException e) {
            LOG.warn("Sync failed after {} pages; the next run resumes from the last stored page", tally.pages, e);
            return tally.report(SyncReport.Outcome.FAILED, e);
        } finally {
            store.lease().release(LEASE, owner);
        }
    }

    private List<ChangeWindow> windowsFrom(Optional<Cursor> cursor, OffsetDateTime now) {
        if (cursor.isEmpty()) {
            return ChangeWindow.cover(now.minusDays(settings.backfillDays()), null, now);
        }
        Cursor at = cursor.get();
        if (at.moreSequence() != null) {
            return ChangeWindow.cover(at.from().withOffsetSameInstant(KST), at.moreSequence(), now);
        }
        return ChangeWindow.cover(at.from().withOffsetSameInstant(KST).minus(settings.overlap()), null, now);
    }

    private void retryPending(PageWriter writer, SyncTally tally) {
        List<String> due = store.pending().due(DetailLoader.BATCH * 3);
        if (due.isEmpty()) {
            return;
        }
        LOG.info("Fetching {} product orders again that could not be read last time", due.size());
        DetailLoader.Loaded loaded = new DetailLoader(client).load(due, Map.<String, LastChangeStatus>of());
        UpsertResult result = writer.write(loaded.rows(), loaded.skippedIds(), null, "unreadable detail");
        tally.fetched += loaded.rows().size();
        tally.skipped += loaded.skippedIds().size();
        tally.record(result, loaded.rows());
    }
}
