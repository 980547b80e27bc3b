package io.orderdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.time.Instant;

/**
 * Named leases that let several Order Desk instances share one database without syncing twice. A lease belongs to
 * one owner until it expires; all times come from the database clock, so PCs with drifting clocks still agree.
 *
 * <p>To fence a page, call {@link #renew} through {@link Transaction#lease()} in the page's own transaction and roll
 * back if it returns {@code false}: the renewal locks the lease row until commit, so no one can take the lease over
 * between the check and the commit of the page and its cursor.
 */
public final class SyncLease {

    private final Jdbc jdbc;

    SyncLease(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the lease if it is free, expired or already ours (which extends it). Atomic on H2 and PostgreSQL: of two
     * instances racing for a free or expired lease exactly one gets {@code true}.
     */
    public boolean tryAcquire(String name, String owner, Duration ttl) {
        return jdbc.call(connection -> {
            Instant now = Sql.now(connection);
            try (PreparedStatement update = connection.prepareStatement("update sync_lease set owner = ?,"
                    + " acquired_at = ?, expires_at = ? where name = ? and (owner = ? or expires_at <= ?)")) {
                update.setString(1, owner);
                Sql.setInstant(update, 2, now);
                Sql.setInstant(update, 3, now.plus(ttl));
                update.setString(4, name);
                update.setString(5, owner);
                Sql.setInstant(update, 6, now);
                if (update.executeUpdate() == 1) {
                    return true;
                }
            }
            return insert(connection, name, owner, now, ttl);
        });
    }

    /** Extends our lease; {@code false} when someone else holds it now (or nobody does). */
    public boolean renew(String name, String owner, Duration ttl) {
        return jdbc.call(connection -> {
            Instant now = Sql.now(connection);
            try (PreparedStatement update = connection.prepareStatement(
                    "update sync_lease set expires_at = ? where name = ? and owner = ?")) {
                Sql.setInstant(update, 1, now.plus(ttl));
                update.setString(2, name);
                update.setString(3, owner);
                return update.executeUpdate() == 1;
            }
        });
    }

    /** Gives our lease up at once, so another instance need not wait for it to expire. */
    public void release(String name, String owner) {
        jdbc.call(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from sync_lease where name = ? and owner = ?")) {
                delete.setString(1, name);
                delete.setString(2, owner);
                return delete.executeUpdate();
            }
        });
    }

    /**
     * Inserting is the race for a lease that has no row yet; the primary key lets only one instance win. Inside a
     * transaction the losing insert is undone to a savepoint, because PostgreSQL aborts the whole transaction on a
     * failed statement.
     */
    private static boolean insert(Connection connection, String name, String owner, Instant now, Duration ttl)
            throws SQLException {
        Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into sync_lease (name, owner, acquired_at, expires_at) values (?, ?, ?, ?)")) {
            insert.setString(1, name);
            insert.setString(2, owner);
            Sql.setInstant(insert, 3, now);
            Sql.setInstant(insert, 4, now.plus(ttl));
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (!Sql.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            if (savepoint != null) {
                connection.rollback(savepoint);
            }
            return false;
        }
    }
}
