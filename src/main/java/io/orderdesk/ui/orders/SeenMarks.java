package io.orderdesk.ui.orders;

import io.orderdesk.store.OrderSummary;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Which lines need a look: those whose delivery address changed or that carry an open claim, until the user opens
 * them. What was seen is kept per product order as a small key of the flagged facts (claim type and request date,
 * address flag), so a second claim on a line already seen is marked again. Only flagged lines are remembered.
 * Thread-safe: pages are built in the background.
 */
public final class SeenMarks {

    private final Map<String, String> seen;
    private final Consumer<Map<String, String>> saver;

    /**
     * @param saved what was seen before: product order id → key
     * @param saver stores a snapshot after each change; it must not block
     */
    public SeenMarks(Map<String, String> saved, Consumer<Map<String, String>> saver) {
        this.seen = new ConcurrentHashMap<>(saved);
        this.saver = saver;
    }

    public static SeenMarks inMemory() {
        return new SeenMarks(Map.of(), snapshot -> { });
    }

    /** The flagged facts of a line, or {@code null} when nothing about it needs a look. */
    static String attentionKey(OrderSummary s) {
        StringBuilder key = new StringBuilder();
        if (s.addressChanged()) {
            key.append("address");
        }
        if (s.facts().hasOpenClaim()) {
            key.append(key.isEmpty() ? "" : "|").append("claim:").append(s.claimType()).append('@')
                    .append(s.claimRequestDate());
        }
        return key.isEmpty() ? null : key.toString();
    }

    public boolean needsAttention(OrderSummary summary) {
        String key = attentionKey(summary);
        return key != null && !key.equals(seen.get(summary.productOrderId()));
    }

    /** Records that the user looked at the line as it is now. */
    public void markSeen(OrderSummary summary) {
        String key = attentionKey(summary);
        if (key != null && !key.equals(seen.put(summary.productOrderId(), key))) {
            saver.accept(Map.copyOf(seen));
        }
    }
}
