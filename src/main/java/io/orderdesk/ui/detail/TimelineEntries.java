package io.orderdesk.ui.detail;

import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.ClaimType;
import io.orderdesk.domain.CodedEnum;
import io.orderdesk.domain.GiftReceivingStatus;
import io.orderdesk.domain.HistoryItem;
import io.orderdesk.domain.HoldbackStatus;
import io.orderdesk.domain.PlaceOrderStatus;
import io.orderdesk.domain.ProductOrderStatus;
import io.orderdesk.ui.orders.Formats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The local history (newest first) as the timeline reads it. The oldest version of a line lists every column it had;
 * of that only the state is worth repeating, so that entry shows the status and shipping columns alone. The store's
 * history arrives with codes already turned into Korean labels; those are put into the user's language here.
 */
final class TimelineEntries {

    private static final Set<String> FIRST_VERSION_FIELDS = Set.of("productOrderStatus", "placeOrderStatus",
            "claimType", "claimStatus", "deliveryCompany", "trackingNumber");
    // The columns the sync hands over as labels (carriers stay Korean: they are proper names).
    private static final Map<String, Class<? extends CodedEnum>> LABELLED = Map.of(
            "productOrderStatus", ProductOrderStatus.class, "placeOrderStatus", PlaceOrderStatus.class,
            "claimType", ClaimType.class, "claimStatus", ClaimStatus.class, "holdbackStatus", HoldbackStatus.class,
            "giftReceivingStatus", GiftReceivingStatus.class);

    private final Formats formats;
    private final KoreanLabels korean;

    TimelineEntries(Formats formats) {
        this.formats = formats;
        this.korean = new KoreanLabels(formats.labels());
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
            String title = item.type() != null ? formats.coded(item.type())
                    : formats.text(first ? "detail.history.first" : "detail.history.changed");
            entries.add(new TimelineEntry(formats.dateTime(when), title, changes));
        }
        return entries;
    }

    private String describe(HistoryItem.FieldChange change) {
        String label = formats.has("detail.history." + change.field())
                ? formats.text("detail.history." + change.field()) : change.field();
        String after = value(change, change.after());
        if (change.before() == null) {
            return label + ": " + after;
        }
        return label + ": " + value(change, change.before()) + " → " + after;
    }

    private String value(HistoryItem.FieldChange change, String text) {
        if (text == null) {
            return formats.text("detail.history.none");
        }
        HistoryItem.Kind kind = change.kind();
        Class<? extends CodedEnum> labelled = LABELLED.get(change.field());
        if (kind == HistoryItem.Kind.TEXT && labelled != null) {
            return korean.translate(labelled, text);
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
