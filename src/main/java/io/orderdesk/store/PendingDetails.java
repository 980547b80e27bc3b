package io.orderdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Product orders whose detail the sync could not read or store (bad data from the API, or absent from the detail
 * answer). They are fetched again on the next run until they succeed or {@link #MAX_ATTEMPTS} is reached. Write
 * through {@link Transaction#pending()} together with the page they came from.
 */
public final class PendingDetails {

    /** After this many failed runs a product order is left to the reconciliation sweep and logged no more. */
    public static final int MAX_ATTEMPTS = 10;

    private final Jdbc jdbc;

    PendingDetails(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a failed attempt for each id (a new row, or one more attempt on an existing one). */
    public void failed(Collection<String> productOrderIds, String reason) {
        if (productOrderIds.isEmpty()) {
            return;
        }
        jdbc.call(connection -> {
            String shortReason = reason == null ? null : reason.substring(0, Math.min(500, reason.length()));
            for (String id : productOrderIds) {
                try (PreparedStatement update = connection.prepareStatement("update sync_pending set"
                        + " attempts = attempts + 1, reason = ?, last_tried = current_timestamp"
                        + " where product_order_id = ?")) {
                    update.setString(1, shortReason);
                    update.setString(2, id);
                    if (update.executeUpdate() == 1) {
                        continue;
                    }
                }
                try (PreparedStatement insert = connection.prepareStatement("insert into sync_pending"
                        + " (product_order_id, reason, attempts, first_seen, last_tried)"
                        + " values (?, ?, 1, current_timestamp, current_timestamp)")) {
                    insert.setString(1, id);
                    insert.setString(2, shortReason);
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Forgets ids that have now been stored. */
    public void done(Collection<String> productOrderIds) {
        if (productOrderIds.isEmpty()) {
            return;
        }
        jdbc.call(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from sync_pending where product_order_id = ?")) {
                for (String id : productOrderIds) {
                    delete.setString(1, id);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
            return null;
        });
    }

    /** Ids still worth trying, oldest first. */
    public List<String> due(int limit) {
        return jdbc.call(connection -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select product_order_id from sync_pending"
                    + " where attempts < ? order by first_seen, product_order_id")) {
                select.setInt(1, MAX_ATTEMPTS);
                select.setMaxRows(limit);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        ids.add(result.getString(1));
                    }
                }
            }
            return ids;
        });
    }
}
