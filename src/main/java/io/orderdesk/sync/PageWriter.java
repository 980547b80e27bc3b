package io.orderdesk.sync;

import io.orderdesk.store.Cursor;
import io.orderdesk.store.Store;
import io.orderdesk.store.StoredProductOrder;
import io.orderdesk.store.UpsertResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Stores one page in one transaction: the product orders, the ids to try again, and the cursor that says where the
 * next run goes on. The sync lease is renewed in the same transaction, so a PC that lost its lease to another one
 * cannot commit a page behind its back.
 */
final class PageWriter {

    /** The lease moved to another instance; this run stops without writing. */
    static final class LeaseLostException extends RuntimeException {
        LeaseLostException() {
            super("The sync lease was taken over by another instance");
        }
    }

    private final Store store;
    private final String owner;
    private final Duration leaseTtl;
    private final SyncSteps steps;

    PageWriter(Store store, String owner, Duration leaseTtl, SyncSteps steps) {
        this.store = store;
        this.owner = owner;
        this.leaseTtl = leaseTtl;
        this.steps = steps;
    }

    /**
     * @param cursor    the cursor after this page, or null to leave it as it is
     * @param skipped   ids that could not be fetched or stored now
     */
    UpsertResult write(List<StoredProductOrder> rows, Collection<String> skipped, Cursor cursor, String reason) {
        return store.inTransaction(tx -> {
            if (!tx.lease().renew(SyncEngine.LEASE, owner, leaseTtl)) {
                throw new LeaseLostException();
            }
            UpsertResult result = tx.productOrders().upsert(rows);
            List<String> stored = new ArrayList<>(rows.size());
            rows.forEach(row -> stored.add(row.productOrderId()));
            tx.pending().done(stored);
            tx.pending().failed(skipped, reason);
            if (cursor != null) {
                tx.cursors().put(SyncEngine.CURSOR, cursor);
            }
            steps.reached(SyncSteps.Step.BEFORE_COMMIT);
            return result;
        });
    }
}
