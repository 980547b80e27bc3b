package io.orderdesk.ui.orders;

import io.orderdesk.ui.support.UiExecutor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.collections.ObservableListBase;

/**
 * The rows of one search as the table sees them: {@code size} rows, of which only the pages the table actually asks
 * for are fetched, one page at a time in the background. A table of 100,000 lines therefore holds a few hundred row
 * objects, not 100,000. Pages scrolled past before their turn came are dropped from the queue; pages not used for a
 * while are forgotten and fetched again if the user scrolls back. The list never changes size or content, so it
 * fires no change events: rows fill themselves in.
 */
public final class PagedOrderRows extends ObservableListBase<OrderRow> {

    public static final int PAGE_SIZE = 100;
    static final int CACHED_PAGES = 64;
    static final int WAITING_PAGES = 4;

    /** Fetches the lines from {@code offset} on, at most {@code limit}; called off the FX thread. */
    @FunctionalInterface
    public interface PageFetcher {
        List<OrderLine> fetch(int offset, int limit) throws Exception;
    }

    private static final class Page {
        final OrderRow[] rows;
        boolean loaded;
        boolean failed;

        Page(int first, int count) {
            rows = new OrderRow[count];
            for (int i = 0; i < count; i++) {
                rows[i] = new OrderRow(first + i);
            }
        }
    }

    private final int size;
    private final PageFetcher fetcher;
    private final UiExecutor executor;
    private final Consumer<Throwable> onFailure;
    /**
     * The pages in the order they were last used. Over {@link #CACHED_PAGES}, the least recently used page that has
     * no lines yet goes first: a pass over every row (select all) then makes room among its own empty pages instead
     * of forgetting the loaded pages on screen, which would blank them until fetched again.
     */
    private final Map<Integer, Page> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Page> eldest) {
            if (size() <= CACHED_PAGES) {
                return false;
            }
            Iterator<Page> oldestFirst = values().iterator();
            for (int left = size() - 1; left > 0; left--) {
                if (!oldestFirst.next().loaded) {
                    oldestFirst.remove();
                    return false;
                }
            }
            return true;
        }
    };
    private final Deque<Integer> waiting = new ArrayDeque<>();
    private boolean fetching;
    private boolean closed;

    PagedOrderRows(int size, PageFetcher fetcher, UiExecutor executor, Consumer<Throwable> onFailure) {
        this.size = size;
        this.fetcher = fetcher;
        this.executor = executor;
        this.onFailure = onFailure;
    }

    /** An empty list. */
    static PagedOrderRows empty(UiExecutor executor) {
        return new PagedOrderRows(0, (offset, limit) -> List.of(), executor, error -> { });
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public OrderRow get(int index) {
        Objects.checkIndex(index, size);
        int number = index / PAGE_SIZE;
        Page page = page(number);
        if (!page.loaded && !page.failed) {
            want(number);
        }
        return page.rows[index - number * PAGE_SIZE];
    }

    /** Fills a page with lines already fetched, e.g. the first page that came with the total. */
    void preload(int number, List<OrderLine> lines) {
        fill(page(number), lines);
    }

    /** The index of a loaded line, or -1 when no loaded page holds it. */
    public int indexOf(String productOrderId) {
        for (Page page : pages.values()) {
            for (OrderRow row : page.rows) {
                if (row.isLoaded() && row.getLine().productOrderId().equals(productOrderId)) {
                    return row.index();
                }
            }
        }
        return -1;
    }

    /** Drops work still queued; results still in flight are ignored. */
    void close() {
        closed = true;
        waiting.clear();
    }

    private Page page(int number) {
        Page page = pages.get(number);
        if (page == null) {
            int first = number * PAGE_SIZE;
            page = new Page(first, Math.min(PAGE_SIZE, size - first));
            pages.put(number, page);
        }
        return page;
    }

    private void want(int number) {
        waiting.remove(number);
        waiting.addFirst(number);
        while (waiting.size() > WAITING_PAGES) {
            waiting.removeLast();
        }
        fetchNext();
    }

    private void fetchNext() {
        if (fetching || closed || waiting.isEmpty()) {
            return;
        }
        int number = waiting.removeFirst();
        fetching = true;
        executor.submit(() -> fetcher.fetch(number * PAGE_SIZE, PAGE_SIZE), lines -> {
            fetching = false;
            if (!closed) {
                fill(page(number), lines);
                fetchNext();
            }
        }, error -> {
            fetching = false;
            if (!closed) {
                page(number).failed = true;
                onFailure.accept(error);
                fetchNext();
            }
        });
    }

    private static void fill(Page page, List<OrderLine> lines) {
        for (int i = 0; i < page.rows.length; i++) {
            if (i < lines.size()) {
                page.rows[i].setLine(lines.get(i));
            } else {
                page.rows[i].markGone();
            }
        }
        page.loaded = true;
    }
}
