package io.orderdesk.store;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Repositories bound to one database transaction, handed to a {@link TransactionWork}. Everything written through
 * them commits together or not at all, e.g. a page of product orders and the sync cursor that follows it. They must
 * not be used after the work returns.
 */
public final class Transaction {

    private final Jdbc jdbc;
    private final List<ProductOrderWriter.Written> written = new ArrayList<>();
    private final ProductOrders productOrders;

    Transaction(Connection connection) {
        this.jdbc = Jdbc.bound(connection);
        this.productOrders = new ProductOrders(jdbc, rows -> jdbc.call(bound -> {
            ProductOrderWriter.Written result = new ProductOrderWriter(bound).upsert(rows);
            written.add(result);
            return result.result();
        }));
    }

    /** Product orders, written in this transaction. */
    public ProductOrders productOrders() {
        return productOrders;
    }

    /** Sync cursors, written in this transaction. */
    public SyncCursor cursors() {
        return new SyncCursor(jdbc);
    }

    /** Sync ledger, written in this transaction. */
    public SyncLedger ledger() {
        return new SyncLedger(jdbc);
    }

    /** Leases, checked and renewed in this transaction (see {@link SyncLease} on fencing a page). */
    public SyncLease lease() {
        return new SyncLease(jdbc);
    }

    /** Product orders the sync must fetch again, written in this transaction. */
    public PendingDetails pending() {
        return new PendingDetails(jdbc);
    }

    /** What the upserts of this transaction stored, for the index once it has committed. */
    List<ProductOrderWriter.Written> written() {
        return written;
    }

    void end() {
        jdbc.end();
    }
}
