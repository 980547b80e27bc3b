package io.orderdesk.store;

import io.orderdesk.domain.OrderTab;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order list's search and tab counts, answered from memory in milliseconds. The index holds the summary of
 * every stored line (not the JSON); it is loaded when the store opens and updated by every upsert this process
 * commits. The database stays the source of truth: when other instances write to the same database (a shared
 * PostgreSQL store, or a second window on the same H2 file), call {@link #refresh()} now and then to pick up their
 * changes. All methods are thread-safe.
 *
 * <p>The first load reads every line and takes seconds with 100,000 of them, so it runs in the background
 * ({@link #startLoading()}): {@link #search}, {@link #tabCounts}, {@link #size} and {@link #refresh} wait for it,
 * while {@link #browseEarly} and {@link #tabCountsEarly} answer a window that has just opened from the database.
 */
public final class OrderIndex {

    private static final Logger LOG = LoggerFactory.getLogger(OrderIndex.class);
    /** How long the first load waits for a window to show its first rows ({@link #loadNow}) before it starts anyway. */
    private static final Duration LOAD_DELAY = Duration.ofSeconds(5);

    /** Below this many hits sorting them directly beats walking a whole pre-sorted order. */
    static final int DIRECT_SORT_LIMIT = 4096;
    private static final String SELECT = "select " + ProductOrderColumns.SUMMARY_LIST + ", row_version, stored_at"
            + " from product_order";

    private final Jdbc jdbc;
    private final Duration overlap;
    private final int directSortLimit;
    private final List<IndexEntry> entries = new ArrayList<>();
    private final IndexColumns columns = new IndexColumns();
    private final SortedOrders orders = new SortedOrders();
    private final Map<String, Integer> slots = new HashMap<>();
    private final Map<String, String> interned = new HashMap<>();
    private final int[] counts = new int[OrderTab.values().length];
    private final EarlyPages early;
    private final CountDownLatch loaded = new CountDownLatch(1);
    /** Counted down by {@link #loadNow}: a window has shown its first rows, or someone needs the index now. */
    private final CountDownLatch go = new CountDownLatch(1);
    private final List<Runnable> onLoaded = new ArrayList<>();
    private final AtomicLong applied = new AtomicLong();
    private volatile RuntimeException loadFailure;
    private volatile boolean stopped;
    private Thread loader;
    private Instant watermark;

    /**
     * @param overlap how far before the newest change already seen a refresh looks again: a transaction that
     *                started earlier may commit later, and its rows carry its start time
     * @param directSortLimit up to this many hits are sorted; more are picked from a cached order of all lines
     */
    OrderIndex(Jdbc jdbc, Duration overlap, int directSortLimit) {
        this.jdbc = jdbc;
        this.overlap = overlap;
        this.directSortLimit = directSortLimit;
        this.early = new EarlyPages(jdbc);
    }

    /** An index over no database, loaded and empty: filled only by {@link #apply} (search tests). */
    static OrderIndex detached(Duration overlap, int directSortLimit) {
        OrderIndex index = new OrderIndex(null, overlap, directSortLimit);
        index.loaded.countDown();
        return index;
    }

    /** Starts the first load on a background thread; call once. */
    synchronized void startLoading() {
        loader = new Thread(this::load, "od-index-load");
        loader.setDaemon(true);
        loader.start();
    }

    private void load() {
        try {
            // A window that just opened builds itself and shows a first page read from the database; with two cores,
            // loading meanwhile would slow that down. Anyone who needs the index itself starts it at once.
            go.await(LOAD_DELAY.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long started = System.nanoTime();
        try {
            apply(read(null));
            LOG.info("Order index loaded: {} lines in {} ms", size(), (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            loadFailure = stopped ? new StoreException("The store was closed while its index loaded", e) : e;
            if (!stopped) {
                LOG.warn("Cannot load the order index", e);
            }
        } finally {
            loaded.countDown();
            List<Runnable> listeners;
            synchronized (this) {
                listeners = List.copyOf(onLoaded);
                onLoaded.clear();
            }
            listeners.forEach(Runnable::run);
        }
    }

    /** True once the first load has finished (or failed). */
    public boolean isLoaded() {
        return loaded.getCount() == 0;
    }

    /** Runs {@code listener} once the first load has finished, on the loading thread, or now if it has. */
    public void whenLoaded(Runnable listener) {
        synchronized (this) {
            if (!isLoaded()) {
                onLoaded.add(listener);
                return;
            }
        }
        listener.run();
    }

    /**
     * Like {@link #search}, but while the first load is still running it answers a plain browse (a tab, newest
     * payment first, no text, period or claim filter) from the database instead of waiting; the count it gives then
     * is only a lower bound. Empty when the filter has to wait for the index.
     */
    public Optional<SearchResult> browseEarly(OrderFilter filter) {
        if (isLoaded()) {
            return Optional.of(search(filter));
        }
        return early.page(filter);
    }

    /** Like {@link #tabCounts}, but counted by the database while the first load is still running. */
    public Map<OrderTab, Integer> tabCountsEarly() {
        if (isLoaded()) {
            return tabCounts();
        }
        return early.tabCounts();
    }

    /**
     * Lets the first load start now instead of waiting out its delay: the window has shown its first rows (or
     * something needs the index). Harmless when the load has started or finished.
     */
    public void loadNow() {
        go.countDown();
    }

    /** Stops a first load still running and waits briefly for its thread; the store is closing. */
    void stop() {
        stopped = true;
        go.countDown();
        Thread running;
        synchronized (this) {
            running = loader;
        }
        if (running != null) {
            try {
                running.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void awaitLoaded() {
        go.countDown();
        try {
            loaded.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while the order index loaded", e);
        }
        RuntimeException failure = loadFailure;
        if (failure != null) {
            throw new StoreException("The order index could not be loaded: " + failure.getMessage(), failure);
        }
    }

    /**
     * Finds the lines matching the filter and returns the requested page of them in the requested order. The free
     * text matches product order and order numbers (digits, anywhere in the number), the last four digits of the
     * buyer's or recipient's phone (a query of exactly four digits), tracking numbers (spaces and dashes ignored),
     * buyer and recipient names and product names (substring, case-insensitive), and names by their initial
     * consonants (ㅎㄱㄷ finds 홍길동). Several words must all match.
     */
    public SearchResult search(OrderFilter filter) {
        awaitLoaded();
        synchronized (this) {
            return searchLoaded(filter);
        }
    }

    private SearchResult searchLoaded(OrderFilter filter) {
        TextQuery text = TextQuery.parse(filter.text());
        long from = filter.paidFrom() == null ? Long.MIN_VALUE : filter.paidFrom().toEpochMilli();
        long to = filter.paidTo() == null ? Long.MAX_VALUE : filter.paidTo().toEpochMilli();
        boolean period = filter.paidFrom() != null || filter.paidTo() != null;
        int tab = 1 << filter.tab().ordinal();
        int[] hits = new int[columns.size()];
        int count = 0;
        for (int slot = 0; slot < hits.length; slot++) {
            if ((columns.tabs[slot] & tab) == 0 || !claimsMatch(columns.claims[slot], filter.claims())) {
                continue;
            }
            long paid = columns.paidAt[slot];
            if (period && (paid == Long.MIN_VALUE || paid < from || paid >= to)) {
                continue;
            }
            if (text.matches(columns, slot)) {
                hits[count++] = slot;
            }
        }
        List<OrderSummary> page = count <= directSortLimit
                ? PagePicker.sortHits(entries, hits, count, filter)
                : PagePicker.walkOrder(entries, orders.order(filter.sortBy(), filter.descending(), entries), hits,
                        count, filter);
        return new SearchResult(count, page);
    }

    /** The number of lines under each tab, over the whole store. */
    public Map<OrderTab, Integer> tabCounts() {
        awaitLoaded();
        synchronized (this) {
            return countsLoaded();
        }
    }

    private Map<OrderTab, Integer> countsLoaded() {
        Map<OrderTab, Integer> result = new EnumMap<>(OrderTab.class);
        for (OrderTab tab : OrderTab.values()) {
            result.put(tab, counts[tab.ordinal()]);
        }
        return Collections.unmodifiableMap(result);
    }

    /** The summaries of the given product orders, in the order asked; ids not in the store are left out. */
    public List<OrderSummary> summaries(Collection<String> productOrderIds) {
        awaitLoaded();
        synchronized (this) {
            List<OrderSummary> found = new ArrayList<>(productOrderIds.size());
            for (String id : productOrderIds) {
                Integer slot = slots.get(id);
                if (slot != null) {
                    found.add(entries.get(slot).summary);
                }
            }
            return found;
        }
    }

    /** The number of lines in the index. */
    public int size() {
        if (Thread.currentThread() != loader) {
            awaitLoaded();
        }
        synchronized (this) {
            return entries.size();
        }
    }

    /**
     * Reads the lines that other instances stored since the last refresh and returns how many rows were read
     * (lines already up to date are read again within the overlap, and left as they are).
     */
    public int refresh() {
        awaitLoaded();
        Instant since;
        synchronized (this) {
            since = watermark == null ? null : watermark.minus(overlap);
        }
        List<IndexedRow> rows = read(since);
        apply(rows);
        return rows.size();
    }

    /** Takes in rows this process has just committed, or read back from the database. */
    synchronized void apply(List<IndexedRow> rows) {
        for (IndexedRow row : rows) {
            put(row);
        }
        if (!rows.isEmpty()) {
            applied.incrementAndGet();
        }
    }

    /**
     * Goes up each time lines reach the index (a commit of this process, a refresh, the first load), so a reader can
     * tell whether what it read from the store earlier may have changed since.
     */
    public long changeCount() {
        return applied.get();
    }

    private List<IndexedRow> read(Instant since) {
        return jdbc.call(connection -> {
            List<IndexedRow> rows = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    since == null ? SELECT : SELECT + " where stored_at >= ?")) {
                if (since != null) {
                    Sql.setInstant(select, 1, since);
                }
                select.setFetchSize(1000);
                try (ResultSet result = select.executeQuery()) {
                    int after = ProductOrderColumns.afterSummary();
                    while (result.next()) {
                        if (stopped) {
                            throw new StoreException("Stopped: the store is closing");
                        }
                        rows.add(new IndexedRow(ProductOrderColumns.readSummary(result), result.getInt(after),
                                Sql.getInstant(result, after + 1)));
                    }
                }
            }
            return rows;
        });
    }

    private void put(IndexedRow row) {
        if (watermark == null || row.storedAt().isAfter(watermark)) {
            watermark = row.storedAt();
        }
        OrderSummary summary = row.summary();
        Integer slot = slots.get(summary.productOrderId());
        if (slot != null) {
            IndexEntry old = entries.get(slot);
            if (old.version > row.version() || old.summary.equals(summary)) {
                return;
            }
            count(old, -1);
        }
        IndexEntry entry = IndexEntry.of(summary, row.version(), interned);
        int at = slot == null ? entries.size() : slot;
        if (slot == null) {
            slots.put(summary.productOrderId(), at);
            entries.add(entry);
        } else {
            entries.set(at, entry);
        }
        columns.set(at, entry);
        count(entry, 1);
        orders.changed(at, entries.size());
    }

    private void count(IndexEntry entry, int delta) {
        for (OrderTab tab : OrderTab.values()) {
            if ((entry.tabs & (1 << tab.ordinal())) != 0) {
                counts[tab.ordinal()] += delta;
            }
        }
    }

    private static boolean claimsMatch(byte claims, ClaimFilter filter) {
        return switch (filter) {
            case ANY -> true;
            case NONE -> (claims & IndexEntry.HAS_CLAIM) == 0;
            case OPEN -> (claims & IndexEntry.OPEN_CLAIM) != 0;
            case FINISHED -> (claims & IndexEntry.FINISHED_CLAIM) != 0;
        };
    }
}
