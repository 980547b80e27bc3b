package io.orderdesk.ui.orders;

import io.orderdesk.store.OrderFilter;
import io.orderdesk.store.OrderSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The product order ids of a selection, including rows whose page was never loaded (select all on 100,000 lines
 * loads a few pages at most). Taken on the FX thread as a snapshot of indices, then the missing ids are read from
 * the source in runs of consecutive rows, with the same filter and sort the list was read with, off the FX thread.
 */
final class SelectedIds {

    /** Rows per read of missing ids: few reads for a large selection, none of them huge. */
    static final int CHUNK = 1_000;

    private final OrderFilter filter;
    private final int[] indices;
    private final String[] ids;

    private SelectedIds(OrderFilter filter, int[] indices, String[] ids) {
        this.filter = filter;
        this.indices = indices;
        this.ids = ids;
    }

    /** The selected rows in list order, with the ids of those loaded; {@code filter} is the one the rows came from. */
    static SelectedIds of(OrderFilter filter, List<OrderRow> rows) {
        OrderRow[] sorted = rows.toArray(OrderRow[]::new);
        Arrays.sort(sorted, (a, b) -> Integer.compare(a.index(), b.index()));
        int[] indices = new int[sorted.length];
        String[] ids = new String[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            indices[i] = sorted[i].index();
            ids[i] = sorted[i].isLoaded() ? sorted[i].getLine().productOrderId() : null;
        }
        return new SelectedIds(filter, indices, ids);
    }

    /** True when every selected row is loaded, so nothing needs reading. */
    boolean complete() {
        return Arrays.stream(ids).allMatch(id -> id != null);
    }

    /** The ids known without reading, in list order. */
    List<String> known() {
        return distinct(Arrays.stream(ids).filter(id -> id != null).toList());
    }

    /**
     * Every selected id in list order, reading the missing ones from {@code source}; call off the FX thread. A row
     * that is no longer there (the store shrank since the list was counted) is left out, and an id is never listed
     * twice (the store grew and moved a line into a second selected position).
     */
    List<String> resolve(OrderSource source) {
        String[] resolved = ids.clone();
        int i = 0;
        while (i < indices.length) {
            if (resolved[i] != null || filter == null) {
                i++;
                continue;
            }
            int run = 1;
            while (i + run < indices.length && run < CHUNK && resolved[i + run] == null
                    && indices[i + run] == indices[i] + run) {
                run++;
            }
            List<OrderSummary> read = source.search(filter.page(indices[i], run)).rows();
            for (int k = 0; k < read.size() && k < run; k++) {
                resolved[i + k] = read.get(k).productOrderId();
            }
            i += run;
        }
        return distinct(Arrays.stream(resolved).filter(id -> id != null).toList());
    }

    private static List<String> distinct(List<String> ids) {
        Set<String> seen = new LinkedHashSet<>(ids);
        return new ArrayList<>(seen);
    }
}
