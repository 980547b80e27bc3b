package io.orderdesk.app;

import io.orderdesk.domain.OrderTab;
import io.orderdesk.domain.ShippingContact;
import io.orderdesk.store.OrderFilter;
import io.orderdesk.store.OrderSummary;
import io.orderdesk.store.SearchResult;
import io.orderdesk.store.Store;
import io.orderdesk.sync.OrderDetailService;
import io.orderdesk.ui.orders.OrderSource;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order list's source in the app: the store's in-memory index (or, while it loads, a first page straight from the
 * database), and the detail service for contacts.
 *
 * <p>{@link #readAhead} reads the window's opening page, its contacts and the tab counts while the window is still
 * being built. Each answer read ahead serves only the first request for it, only when that request asks for exactly
 * the same thing, and only while no line has reached the store's index since it was read
 * ({@link io.orderdesk.store.OrderIndex#changeCount()}); everything else, and everything after, goes to the store.
 */
final class StoreOrderSource implements OrderSource {

    private static final Logger LOG = LoggerFactory.getLogger(StoreOrderSource.class);

    private final Store store;
    private final OrderDetailService details;
    private final AtomicReference<Ahead<OrderFilter, SearchResult>> page = new AtomicReference<>();
    private final AtomicReference<Ahead<Set<String>, Map<String, ShippingContact>>> contacts =
            new AtomicReference<>();
    private final AtomicReference<Ahead<Boolean, Map<OrderTab, Integer>>> counts = new AtomicReference<>();

    StoreOrderSource(Store store, OrderDetailService details) {
        this.store = store;
        this.details = details;
    }

    /**
     * Starts reading {@code opening}, its lines' contacts and the tab counts on a thread of its own.
     *
     * @return done when all three have been read (or failed)
     */
    CompletableFuture<Void> readAhead(OrderFilter opening) {
        long changes = store.index().changeCount();
        Ahead<OrderFilter, SearchResult> firstPage = new Ahead<>(opening, changes);
        Ahead<Boolean, Map<OrderTab, Integer>> firstCounts = new Ahead<>(true, changes);
        page.set(firstPage);
        counts.set(firstCounts);
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                SearchResult result = firstPage.fill(() -> fromStore(opening));
                if (result != null) {
                    Set<String> ids = idsOf(result.rows().stream().map(OrderSummary::productOrderId).toList());
                    Ahead<Set<String>, Map<String, ShippingContact>> firstContacts = new Ahead<>(ids, changes);
                    contacts.set(firstContacts);
                    firstContacts.fill(() -> details.contacts(ids));
                }
                firstCounts.fill(() -> store.index().tabCountsEarly());
            } finally {
                done.complete(null);
            }
        }, "od-read-ahead");
        reader.setDaemon(true);
        reader.start();
        return done;
    }

    @Override
    public SearchResult search(OrderFilter filter) {
        return taken(page, filter).orElseGet(() -> fromStore(filter));
    }

    @Override
    public Map<OrderTab, Integer> tabCounts() {
        return taken(counts, true).orElseGet(() -> store.index().tabCountsEarly());
    }

    @Override
    public Map<String, ShippingContact> contacts(Collection<String> productOrderIds) {
        return taken(contacts, idsOf(productOrderIds)).orElseGet(() -> details.contacts(productOrderIds));
    }

    private SearchResult fromStore(OrderFilter filter) {
        return store.index().browseEarly(filter).orElseGet(() -> store.index().search(filter));
    }

    private static Set<String> idsOf(Collection<String> productOrderIds) {
        return new HashSet<>(productOrderIds);
    }

    /**
     * The answer read ahead for {@code key}, waiting for it if still being read; empty for anything else, or when the
     * store changed after it was read.
     */
    private <K, V> Optional<V> taken(AtomicReference<Ahead<K, V>> slot, K key) {
        Ahead<K, V> ahead = slot.getAndSet(null);
        if (ahead == null || !ahead.key().equals(key)) {
            return Optional.empty();
        }
        V answer = ahead.value().join();
        return store.index().changeCount() == ahead.changes() ? Optional.ofNullable(answer) : Optional.empty();
    }

    /**
     * One answer being read ahead.
     *
     * @param changes the index's {@link io.orderdesk.store.OrderIndex#changeCount()} before it was read
     */
    private record Ahead<K, V>(K key, long changes, CompletableFuture<V> value) {

        Ahead(K key, long changes) {
            this(Objects.requireNonNull(key), changes, new CompletableFuture<>());
        }

        /** Reads the answer; a failure is logged and leaves the request to read it again itself. */
        V fill(Supplier<V> read) {
            try {
                V answer = read.get();
                value.complete(answer);
                return answer;
            } catch (RuntimeException e) {
                LOG.debug("Reading ahead failed; the window will ask again", e);
                value.complete(null);
                return null;
            }
        }
    }
}
