package io.orderdesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs several statements as one durable commit on a repository's connection: on a pooled connection it opens and
 * commits a transaction of its own; inside a {@link Store#inTransaction} it simply joins the transaction that is
 * already open (and is then as durable as that one).
 *
 * <p>Durable matters for the outbox: H2 keeps commits in memory for up to half a second before writing them to the
 * file, so an app killed right after marking lines SENDING and sending them would forget that it had sent them, and
 * send them again. After its own commit this writes the commit to the file at once ({@code CHECKPOINT}); a process
 * that dies later cannot take it back. PostgreSQL commits are durable as they are.
 */
final class Atomically {

    private Atomically() {
    }

    static <T> T run(Jdbc jdbc, Jdbc.Work<T> work) {
        return jdbc.call(connection -> {
            if (!connection.getAutoCommit()) {
                return work.apply(connection);
            }
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.apply(connection);
                connection.commit();
            } catch (SQLException | RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            writeThrough(connection);
            return result;
        });
    }

    private static void writeThrough(Connection connection) throws SQLException {
        if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement checkpoint = connection.createStatement()) {
            checkpoint.execute("checkpoint");
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
