package io.orderdesk.sync;

import io.orderdesk.api.dto.LastChangeStatus;
import io.orderdesk.store.OrderSummary;
import io.orderdesk.store.ProductOrders;
import io.orderdesk.store.StoredProductOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Picks the rows of a feed page whose details are not stored yet, so repeated windows cost no detail calls. */
final class ChangeFilter {

    private ChangeFilter() {
    }

    static List<String> needingDetails(List<LastChangeStatus> changes, ProductOrders stored) {
        List<String> ids = changes.stream().map(LastChangeStatus::productOrderId).filter(Objects::nonNull).toList();
        Map<String, StoredProductOrder> known = stored.findAll(ids).stream()
                .collect(Collectors.toMap(StoredProductOrder::productOrderId, Function.identity(), (a, b) -> a));
        List<String> needed = new ArrayList<>();
        for (LastChangeStatus change : changes) {
            if (change.productOrderId() == null) {
                continue;
            }
            StoredProductOrder row = known.get(change.productOrderId());
            if (row == null || !sameChange(row.summary(), change)) {
                needed.add(change.productOrderId());
            }
        }
        return needed;
    }

    private static boolean sameChange(OrderSummary row, LastChangeStatus change) {
        String type = change.lastChangedType() == null ? null : change.lastChangedType().raw();
        return change.lastChangedDate() != null
                && Objects.equals(row.lastChangedDate(), change.lastChangedDate().toInstant())
                && Objects.equals(row.lastChangedType(), type);
    }
}
