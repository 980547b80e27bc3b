package io.orderdesk.sync;

import io.orderdesk.domain.LastChangedType;
import io.orderdesk.domain.OrderTab;
import io.orderdesk.store.StoredProductOrder;
import io.orderdesk.store.UpsertResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Running counts of one sync run, turned into a {@link SyncReport} at the end. */
final class SyncTally {

    int windows;
    int pages;
    int fetched;
    int inserted;
    int updated;
    int skipped;
    int repaired;
    final List<String> newOrders = new ArrayList<>();
    final List<String> newClaims = new ArrayList<>();

    void record(UpsertResult result, List<StoredProductOrder> rows) {
        inserted += result.inserted();
        updated += result.updated();
        Map<String, StoredProductOrder> byId = new HashMap<>();
        rows.forEach(row -> byId.put(row.productOrderId(), row));
        for (String id : result.insertedIds()) {
            StoredProductOrder row = byId.get(id);
            // What the toast calls new orders is what staff then find under 신규주문: paid, not yet confirmed, no claim.
            if (row != null && OrderTab.NEW.includes(row.summary().facts())) {
                newOrders.add(id);
            }
        }
        List<String> changed = new ArrayList<>(result.insertedIds());
        changed.addAll(result.updatedIds());
        for (String id : changed) {
            StoredProductOrder row = byId.get(id);
            if (row != null && LastChangedType.CLAIM_REQUESTED.code().equals(row.summary().lastChangedType())
                    && row.summary().facts().hasOpenClaim() && !newClaims.contains(id)) {
                newClaims.add(id);
            }
        }
    }

    SyncReport report(SyncReport.Outcome outcome, RuntimeException error) {
        return new SyncReport(outcome, windows, pages, fetched, inserted, updated, skipped, repaired, newOrders,
                newClaims, error);
    }
}
