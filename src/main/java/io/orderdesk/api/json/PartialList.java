package io.orderdesk.api.json;

import java.util.List;
import java.util.Objects;

/**
 * A list from the API read element by element: elements that parse are in {@link #items()}, elements that do not are
 * described in {@link #rejected()} instead of failing the whole response. One malformed order must never hide the
 * other 299 in its page.
 *
 * @param items    the elements that were read, in their original order
 * @param rejected the elements that were skipped, in their original order
 * @param rawItems the JSON text of each element of {@code items} exactly as received (same order), so the store can
 *                 keep what the API said byte for byte; empty when the list was not read from JSON
 */
public record PartialList<T>(List<T> items, List<RejectedItem> rejected, List<String> rawItems) {

    public PartialList {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        rejected = List.copyOf(Objects.requireNonNull(rejected, "rejected"));
        rawItems = List.copyOf(Objects.requireNonNull(rawItems, "rawItems"));
        if (!rawItems.isEmpty() && rawItems.size() != items.size()) {
            throw new IllegalArgumentException("rawItems must match items one to one");
        }
    }

    /** A list without the raw text of its elements. */
    public PartialList(List<T> items, List<RejectedItem> rejected) {
        this(items, rejected, List.of());
    }

    /** A list in which every element was read. */
    public static <T> PartialList<T> of(List<T> items) {
        return new PartialList<>(items, List.of());
    }

    /** True when no element was rejected. */
    public boolean isComplete() {
        return rejected.isEmpty();
    }

    /** Number of elements the API sent, read or not. */
    public int receivedCount() {
        return items.size() + rejected.size();
    }
}
