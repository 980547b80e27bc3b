package io.orderdesk.store;

import java.util.List;

/**
 * What an upsert did with the rows it was given.
 *
 * @param insertedIds product orders seen for the first time, in input order
 * @param updatedIds  product orders whose stored version changed, in input order
 * @param unchanged   rows identical to the stored version (same detail JSON and change time), ignored
 */
public record UpsertResult(List<String> insertedIds, List<String> updatedIds, int unchanged) {

    /** Copies the id lists. */
    public UpsertResult {
        insertedIds = List.copyOf(insertedIds);
        updatedIds = List.copyOf(updatedIds);
    }

    /** Number of new product orders. */
    public int inserted() {
        return insertedIds.size();
    }

    /** Number of changed product orders. */
    public int updated() {
        return updatedIds.size();
    }
}
