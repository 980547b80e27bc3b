package io.orderdesk.ui.actions;

import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.ui.orders.Formats;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks every row of the dispatch grid together, because a tracking number is also judged against the other rows:
 * a number may be shared by product orders of one order (they travel in one box) but not by different orders. A
 * number is also refused when the store says another cached order already carries it; until that answer is in, the
 * row counts as "being checked" and cannot be sent.
 */
final class DispatchRules {

    /** How far back a dispatch date may lie: further back is almost surely a typo. */
    static final int MAX_DAYS_BACK = 30;

    private final Inputs inputs;
    private final Formats formats;

    DispatchRules(Inputs inputs, Formats formats) {
        this.inputs = inputs;
        this.formats = formats;
    }

    /**
     * Shows each row's findings.
     *
     * @param used the store's answers so far: tracking number to the other product orders carrying it
     * @return the tracking numbers that are fine so far but still need the store's answer
     */
    Set<String> apply(List<DispatchRow> rows, List<DeliveryMethod> methods, LocalDate today, boolean withDate,
                      Map<String, Set<String>> used) {
        Map<String, Set<String>> ordersByNumber = ordersByNumber(rows);
        Set<String> toCheck = new LinkedHashSet<>();
        for (DispatchRow row : rows) {
            DeliveryMethod method = row.methodProperty().get();
            String other = method == null ? formats.text("actions.dispatch.error.method")
                    : methods.contains(method) ? "" : formats.text("actions.dispatch.error.methodNotForDispatch");
            boolean wrong = !other.isEmpty() && method != null;
            if (other.isEmpty() && withDate) {
                other = dateProblem(row.dispatchDateProperty().get(), today);
                wrong = !other.isEmpty() && row.dispatchDateProperty().get() != null;
            }
            String company = "";
            String tracking = "";
            String checking = null;
            if (DispatchFormViewModel.isParcel(method)) {
                company = row.companyProperty().get() == null ? formats.text("actions.dispatch.error.company") : "";
                String typed = row.trackingNumberProperty().get();
                String number = TrackingNumbers.normalize(typed);
                tracking = inputs.tracking(row.companyProperty().get(), typed);
                if (tracking.isEmpty()) {
                    tracking = sharedProblem(row, ordersByNumber.get(number), used.get(number));
                    if (tracking.isEmpty() && !used.containsKey(number)) {
                        toCheck.add(number);
                        checking = formats.text("actions.dispatch.checking");
                    }
                }
                wrong |= !tracking.isEmpty() && !number.isEmpty();
            }
            row.show(company, tracking, other, wrong, checking);
        }
        return toCheck;
    }

    private String sharedProblem(DispatchRow row, Set<String> orders, Set<String> usedBy) {
        Set<String> otherOrders = new TreeSet<>(orders == null ? Set.of() : orders);
        otherOrders.remove(row.target().orderId());
        if (!otherOrders.isEmpty()) {
            return formats.text("actions.dispatch.error.duplicate", list(otherOrders));
        }
        if (usedBy != null && !usedBy.isEmpty()) {
            return formats.text("actions.dispatch.error.used", list(new TreeSet<>(usedBy)));
        }
        return "";
    }

    private String dateProblem(LocalDate date, LocalDate today) {
        if (date == null) {
            return formats.text("actions.dispatch.error.date");
        }
        if (date.isAfter(today)) {
            return formats.text("actions.dispatch.error.dateFuture");
        }
        if (date.isBefore(today.minusDays(MAX_DAYS_BACK))) {
            return formats.text("actions.dispatch.error.dateOld", MAX_DAYS_BACK);
        }
        return "";
    }

    /** For each number typed on parcel rows, the orders of the rows that carry it. */
    private static Map<String, Set<String>> ordersByNumber(List<DispatchRow> rows) {
        Map<String, Set<String>> orders = new HashMap<>();
        for (DispatchRow row : rows) {
            String number = TrackingNumbers.normalize(row.trackingNumberProperty().get());
            if (!number.isEmpty() && DispatchFormViewModel.isParcel(row.methodProperty().get())) {
                orders.computeIfAbsent(number, key -> new HashSet<>()).add(row.target().orderId());
            }
        }
        return orders;
    }

    /** "A, B" or "A, B 외 3건": enough to find them, short enough to fit next to the row. */
    private String list(Set<String> ids) {
        List<String> all = List.copyOf(ids);
        String shown = String.join(", ", all.subList(0, Math.min(2, all.size())));
        return all.size() <= 2 ? shown : formats.text("actions.list.more", shown, all.size() - 2);
    }
}
