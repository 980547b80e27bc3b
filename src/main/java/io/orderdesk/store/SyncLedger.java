package io.orderdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The sync ledger: every window the sync fetched, with its pages, rows, trace IDs and outcome, so a failure can be
 * explained to the user and to Naver support (trace IDs) long after it happened.
 */
public final class SyncLedger {

    /** The window was fetched and stored completely. */
    public static final String OK = "OK";
    /** The window stopped on an error; the message says which. */
    public static final String FAILED = "FAILED";
    /** The user or shutdown stopped the window. */
    public static final String CANCELLED = "CANCELLED";

    private static final String TRACE_SEPARATOR = "\n";

    private final Jdbc jdbc;

    SyncLedger(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that a window is being fetched and returns its ledger id. */
    public long start(String kind, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.call(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into sync_ledger"
                    + " (kind, window_from, window_to, started_at) values (?, ?, ?, current_timestamp)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, kind);
                Sql.setTimestamp(insert, 2, from);
                Sql.setTimestamp(insert, 3, to);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong("id");
                }
            }
        });
    }

    /** Records how a window ended. */
    public void finish(long id, int pages, int rows, List<String> traceIds, String outcome, String message) {
        int updated = jdbc.call(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update sync_ledger set pages = ?,"
                    + " row_count = ?, trace_ids = ?, outcome = ?, message = ?, finished_at = current_timestamp"
                    + " where id = ?")) {
                update.setInt(1, pages);
                update.setInt(2, rows);
                update.setString(3, String.join(TRACE_SEPARATOR, traceIds));
                update.setString(4, outcome);
                update.setString(5, message);
                update.setLong(6, id);
                return update.executeUpdate();
            }
        });
        if (updated != 1) {
            throw new StoreException("No sync ledger entry " + id);
        }
    }

    /** The latest entries, newest first. */
    public List<LedgerEntry> recent(int limit) {
        return jdbc.call(connection -> {
            List<LedgerEntry> entries = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select id, kind, window_from, window_to,"
                    + " pages, row_count, trace_ids, started_at, finished_at, outcome, message from sync_ledger"
                    + " order by id desc fetch first ? rows only")) {
                select.setInt(1, limit);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        String traces = result.getString("trace_ids");
                        entries.add(new LedgerEntry(result.getLong("id"), result.getString("kind"),
                                Sql.getUtc(result, "window_from"), Sql.getUtc(result, "window_to"),
                                result.getInt("pages"), result.getInt("row_count"),
                                traces.isEmpty() ? List.of() : Arrays.asList(traces.split(TRACE_SEPARATOR)),
                                Sql.getInstant(result, "started_at"), Sql.getInstant(result, "finished_at"),
                                result.getString("outcome"), result.getString("message")));
                    }
                }
            }
            return entries;
        });
    }
}
