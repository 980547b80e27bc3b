package io.orderdesk.transfer;

import io.orderdesk.domain.ActionRules;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.domain.OrderFacts;
import io.orderdesk.domain.TrackingNumberRule;
import io.orderdesk.store.OrderSummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sorts the rows of a tracking-number sheet into {@link PreviewClass}es before anything is queued. Rows without an
 * order number are left out. One number on several product orders of the same order is fine (one box, 합포장);
 * on different orders it is a {@link PreviewClass#DUPLICATE}, as is an order listed twice.
 */
public final class ImportPreview {

    private ImportPreview() {
    }

    /**
     * Classifies every row that has an order number.
     *
     * @param fixedCarrier the carrier for rows whose carrier cell is blank or when no carrier column is chosen; may
     *                     be null
     */
    public static List<PreviewRow> classify(SheetTable table, ColumnMapping mapping, DeliveryCompany fixedCarrier,
                                            OrderLookup lookup) {
        List<SheetTable.Row> rows = table.rows().stream()
                .filter(row -> !row.cell(mapping.productOrderId()).isBlank()).toList();
        Set<String> ids = new LinkedHashSet<>();
        rows.forEach(row -> ids.add(row.cell(mapping.productOrderId())));
        Map<String, OrderSummary> known = new HashMap<>();
        lookup.summaries(ids).forEach(summary -> known.put(summary.productOrderId(), summary));
        Set<String> repeatedIds = repeated(rows, mapping.productOrderId());
        Set<String> sharedNumbers = numbersOnSeveralOrders(rows, mapping, known);

        List<PreviewRow> result = new ArrayList<>(rows.size());
        for (SheetTable.Row row : rows) {
            String id = row.cell(mapping.productOrderId());
            String carrierText = row.cell(mapping.carrier());
            DeliveryCompany carrier = carrierText.isBlank() ? fixedCarrier : Carriers.parse(carrierText);
            String number = TrackingNumberRule.normalize(row.cell(mapping.trackingNumber()));
            TrackingNumberRule.Problem problem = TrackingNumberRule.check(carrier, number);
            PreviewClass kind = kind(known.get(id), repeatedIds.contains(id) || sharedNumbers.contains(number),
                    carrier, problem);
            result.add(new PreviewRow(row.number(), id, carrierText, carrier, number, kind,
                    kind == PreviewClass.INVALID_NUMBER ? problem : null));
        }
        return result;
    }

    private static PreviewClass kind(OrderSummary order, boolean duplicate, DeliveryCompany carrier,
                                     TrackingNumberRule.Problem problem) {
        if (duplicate) {
            return PreviewClass.DUPLICATE;
        }
        if (order == null) {
            return PreviewClass.UNKNOWN_ORDER;
        }
        OrderFacts facts = order.facts();
        if (facts.hasOpenClaim()) {
            return PreviewClass.UNDER_CLAIM;
        }
        if (ActionRules.reached(OrderAction.DISPATCH, facts)) {
            return PreviewClass.ALREADY_DISPATCHED;
        }
        if (!ActionRules.allows(OrderAction.DISPATCH, facts)) {
            return PreviewClass.NOT_ALLOWED;
        }
        if (carrier == null) {
            return PreviewClass.UNKNOWN_CARRIER;
        }
        return problem == null ? PreviewClass.MATCHED : PreviewClass.INVALID_NUMBER;
    }

    private static Set<String> repeated(List<SheetTable.Row> rows, int column) {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new HashSet<>();
        rows.forEach(row -> {
            if (!seen.add(row.cell(column))) {
                twice.add(row.cell(column));
            }
        });
        return twice;
    }

    /** Tracking numbers given to product orders of more than one order (unknown orders count as their own). */
    private static Set<String> numbersOnSeveralOrders(List<SheetTable.Row> rows, ColumnMapping mapping,
                                                      Map<String, OrderSummary> known) {
        Map<String, String> orderOfNumber = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (SheetTable.Row row : rows) {
            String number = TrackingNumberRule.normalize(row.cell(mapping.trackingNumber()));
            if (number.isEmpty()) {
                continue;
            }
            String id = row.cell(mapping.productOrderId());
            OrderSummary order = known.get(id);
            String orderId = order == null ? "?" + id : order.orderId();
            String earlier = orderOfNumber.putIfAbsent(number, orderId);
            if (earlier != null && !earlier.equals(orderId)) {
                shared.add(number);
            }
        }
        return shared;
    }
}
