package io.orderdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/**
 * Named sync cursors. Write a cursor through {@link Transaction#cursors()} in the same transaction as the page it
 * follows, so a crash either keeps both or neither. Concurrent writers are kept apart by {@link SyncLease}, not here.
 */
public final class SyncCursor {

    private final Jdbc jdbc;

    SyncCursor(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The cursor with this name, if one was ever written. */
    public Optional<Cursor> get(String name) {
        return jdbc.call(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select cursor_from, more_sequence from sync_cursor where name = ?")) {
                select.setString(1, name);
                try (ResultSet result = select.executeQuery()) {
                    if (!result.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Cursor(Sql.getUtc(result, "cursor_from"),
                            result.getString("more_sequence")));
                }
            }
        });
    }

    /** Writes the cursor, replacing any earlier value. */
    public void put(String name, Cursor cursor) {
        jdbc.call(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update sync_cursor set cursor_from = ?,"
                    + " more_sequence = ?, updated_at = current_timestamp where name = ?")) {
                Sql.setTimestamp(update, 1, cursor.from());
                update.setString(2, cursor.moreSequence());
                update.setString(3, name);
                if (update.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into sync_cursor"
                    + " (name, cursor_from, more_sequence, updated_at) values (?, ?, ?, current_timestamp)")) {
                insert.setString(1, name);
                Sql.setTimestamp(insert, 2, cursor.from());
                insert.setString(3, cursor.moreSequence());
                insert.executeUpdate();
            }
            return null;
        });
    }
}
