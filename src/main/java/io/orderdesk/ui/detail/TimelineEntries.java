package io.orderdesk.ui.detail;

import io.orderdesk.domain.HistoryItem;
import io.orderdesk.ui.orders.Formats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Set;

/**
 * The local history (newest first) as the timeline reads it. The oldest version of a line lists every column it had;
 * of that only the state is worth repeating, so that entry shows the status and shipping columns alone.
 */
final class TimelineEntries {

    private static final Set<String> FIRST_VERSION_FIELDS = Set.of("productOrderStatus", "placeOrderStatus",
            "claimType", "claimStatus", "deliveryCompany", "trackingNumber");

    private final Formats formats;

    TimelineEntries(Formats formats) {
        this.formats = formats;
    }

    List<TimelineEntry> of(List<HistoryItem> history) {
        List<TimelineEntry> entries = new ArrayList<>(history.size());
        for (int i = 0; i < history.size(); i++) {
            HistoryItem item = history.get(i);
            boolean first = i == history.size() - 1 && item.changes().stream().allMatch(c -> c.before() == null);
            List<String> changes = new ArrayList<>();
            for (HistoryItem.FieldChange change : item.changes()) {
                if (!first || FIRST_VERSION_FIELDS.contains(change.field())) {
                    changes.add(describe(change));
                }
            }
            Instant when = item.changedAt() != null ? item.changedAt() : item.seenAt();
            String title = item.type() != null ? item.type().label()
                    : formats.text(first ? "detail.history.first" : "detail.history.changed");
            entries.add(new TimelineEntry(formats.dateTime(when), title, changes));
        }
        return entries;
    }

    private String describe(HistoryItem.FieldChange change) {
        String label = fieldLabel(change.field());
        String after = value(change.kind(), change.after());
        if (change.before() == null) {
            return label + ": " + after;
        }
        return label + ": " + value(change.kind(), change.before()) + " → " + after;
    }

    private String fieldLabel(String field) {
        try {
            return formats.text("detail.history." + field);
        } catch (MissingResourceException e) {
            return field;
        }
    }

    private String value(HistoryItem.Kind kind, String text) {
        if (text == null) {
            return formats.text("detail.history.none");
        }
        try {
            return switch (kind) {
                case INSTANT -> formats.dateTime(Instant.parse(text));
                case AMOUNT -> formats.money(Long.parseLong(text));
                case FLAG -> formats.text(Boolean.parseBoolean(text) ? "detail.history.yes" : "detail.history.no");
                case TEXT -> text;
            };
        } catch (RuntimeException e) {
            return text;
        }
    }
}
