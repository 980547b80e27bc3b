package io.orderdesk.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order of all lines for each sort column and direction, built when first asked for and then kept up to date
 * by merging in the lines that changed since: after a sync page of 300 lines that costs one pass over the order
 * instead of sorting 100,000 lines again.
 */
final class SortedOrders {

    /** Below this many logged changes a merge is always worth it; above an eighth of all lines, a fresh sort is. */
    private static final int MIN_LOG = 1024;

    private record Cached(int[] slots, int upTo) {
    }

    private final Map<Integer, Cached> cache = new HashMap<>();
    private final List<Integer> changes = new ArrayList<>();

    /** Notes that the line in this slot is new or changed its values. */
    void changed(int slot, int lineCount) {
        changes.add(slot);
        if (changes.size() > Math.max(MIN_LOG, lineCount / 8)) {
            cache.clear();
            changes.clear();
        }
    }

    /** The slots of all lines in the order of the column and direction. */
    int[] order(SortColumn column, boolean descending, List<IndexEntry> entries) {
        int key = column.ordinal() * 2 + (descending ? 1 : 0);
        Cached cached = cache.get(key);
        if (cached != null && cached.upTo() == changes.size()) {
            return cached.slots();
        }
        Comparator<IndexEntry> comparator = SortKeys.of(column, descending);
        int[] slots = cached == null ? sortAll(entries, comparator)
                : merge(cached.slots(), changes.subList(cached.upTo(), changes.size()), entries, comparator);
        cache.put(key, new Cached(slots, changes.size()));
        forgetChangesAllHaveSeen();
        return slots;
    }

    /** Keeps the log short, so it does not overflow (and throw every order away) merely by growing old. */
    private void forgetChangesAllHaveSeen() {
        int seenByAll = cache.values().stream().mapToInt(Cached::upTo).min().orElse(changes.size());
        if (seenByAll == 0) {
            return;
        }
        changes.subList(0, seenByAll).clear();
        cache.replaceAll((key, cached) -> new Cached(cached.slots(), cached.upTo() - seenByAll));
    }

    private static int[] sortAll(List<IndexEntry> entries, Comparator<IndexEntry> comparator) {
        Integer[] slots = new Integer[entries.size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = i;
        }
        Arrays.sort(slots, (a, b) -> comparator.compare(entries.get(a), entries.get(b)));
        return Arrays.stream(slots).mapToInt(Integer::intValue).toArray();
    }

    /**
     * The unchanged lines keep their relative order; the changed ones are sorted and each is put in its place by
     * binary search, so a page of changes costs a few thousand comparisons rather than one per line.
     */
    private static int[] merge(int[] old, List<Integer> changed, List<IndexEntry> entries,
                               Comparator<IndexEntry> comparator) {
        boolean[] moved = new boolean[entries.size()];
        changed.forEach(slot -> moved[slot] = true);
        int[] kept = Arrays.stream(old).filter(slot -> !moved[slot]).toArray();
        Integer[] added = changed.stream().distinct().toArray(Integer[]::new);
        Arrays.sort(added, (a, b) -> comparator.compare(entries.get(a), entries.get(b)));
        int[] merged = new int[kept.length + added.length];
        int out = 0;
        int from = 0;
        for (int slot : added) {
            int at = insertionPoint(kept, from, entries.get(slot), entries, comparator);
            System.arraycopy(kept, from, merged, out, at - from);
            out += at - from;
            merged[out++] = slot;
            from = at;
        }
        System.arraycopy(kept, from, merged, out, kept.length - from);
        return merged;
    }

    /** The first position at or after {@code from} whose line sorts after {@code entry}. */
    private static int insertionPoint(int[] sorted, int from, IndexEntry entry, List<IndexEntry> entries,
                                      Comparator<IndexEntry> comparator) {
        int low = from;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (comparator.compare(entries.get(sorted[middle]), entry) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
