package io.orderdesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Where a repository gets its connection: a fresh pooled one per call (each call then commits on its own), or the
 * one connection of an open transaction, so several repositories write in the same commit.
 */
final class Jdbc {

    /** A unit of JDBC work. */
    @FunctionalInterface
    interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private final DataSource pool;
    private final Connection bound;
    private volatile boolean open = true;

    private Jdbc(DataSource pool, Connection bound) {
        this.pool = pool;
        this.bound = bound;
    }

    static Jdbc pooled(DataSource pool) {
        return new Jdbc(pool, null);
    }

    static Jdbc bound(Connection connection) {
        return new Jdbc(null, connection);
    }

    /** Runs the work and turns SQL failures into {@link StoreException}s. */
    <T> T call(Work<T> work) {
        if (!open) {
            throw new StoreException("The transaction this repository belonged to has ended");
        }
        try {
            if (bound != null) {
                return work.apply(bound);
            }
            try (Connection connection = pool.getConnection()) {
                return work.apply(connection);
            }
        } catch (SQLException e) {
            throw new StoreException("Database operation failed: " + e.getMessage(), e);
        }
    }

    /** Stops a transaction-bound instance from being used after its transaction ended. */
    void end() {
        open = false;
    }
}
