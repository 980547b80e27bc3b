package io.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.OrderTab;
import io.orderdesk.store.OrderFilter;
import io.orderdesk.store.OrderSummary;
import io.orderdesk.store.SearchResult;
import io.orderdesk.store.Store;
import io.orderdesk.store.StoredProductOrder;
import io.orderdesk.sync.OrderDetailService;
import io.orderdesk.ui.orders.OrderListViewModel;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The opening page, its contacts and the tab counts read ahead serve the window's first requests, once. */
class StoreOrderSourceTest {

    private static final OrderFilter OPENING = OrderListViewModel.openingPage(Clock.systemUTC());

    @TempDir
    Path folder;

    private Store store;
    private StoreOrderSource source;

    @BeforeEach
    void openStore() {
        store = Store.openLocal(folder);
        store.productOrders().upsert(List.of(newOrder("2026112800000001", 1), newOrder("2026112800000002", 2)));
        source = new StoreOrderSource(store, new OrderDetailService(store.productOrders()));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void theFirstMatchingRequestsGetWhatWasReadAheadAndLaterOnesTheStore() throws Exception {
        source.readAhead(OPENING).get(10, TimeUnit.SECONDS);
        // Changed behind the store's back (as no part of the app does): only answers read from the store know it.
        shipBehindTheStoresBack("2026112800000001");

        SearchResult first = source.search(OPENING);
        int firstCount = source.tabCounts().get(OrderTab.NEW);
        SearchResult again = source.search(OPENING);

        assertThat(first.rows()).extracting(OrderSummary::productOrderId)
                .containsExactly("2026112800000002", "2026112800000001");
        assertThat(source.contacts(List.of("2026112800000001", "2026112800000002")))
                .containsOnlyKeys("2026112800000001", "2026112800000002");
        assertThat(firstCount).isEqualTo(2);
        assertThat(again.rows()).extracting(OrderSummary::productOrderId).containsExactly("2026112800000002");
        assertThat(source.tabCounts().get(OrderTab.NEW)).isEqualTo(1);
    }

    @Test
    void whatWasReadAheadIsDroppedOnceTheStoreChanged() throws Exception {
        source.readAhead(OPENING).get(10, TimeUnit.SECONDS);
        store.productOrders().upsert(List.of(newOrder("2026112800000003", 3)));

        SearchResult first = source.search(OPENING);

        assertThat(first.rows()).extracting(OrderSummary::productOrderId)
                .containsExactly("2026112800000003", "2026112800000002", "2026112800000001");
        assertThat(source.tabCounts().get(OrderTab.NEW)).isEqualTo(3);
    }

    @Test
    void aFirstRequestForAnythingElseGoesToTheStore() throws Exception {
        source.readAhead(OPENING).get(10, TimeUnit.SECONDS);
        shipBehindTheStoresBack("2026112800000001");

        SearchResult all = source.search(OPENING.withTab(OrderTab.ALL));
        SearchResult opening = source.search(OPENING);

        assertThat(all.total()).isEqualTo(2);
        assertThat(opening.rows()).as("the read-ahead page was dropped, not kept for later")
                .extracting(OrderSummary::productOrderId).containsExactly("2026112800000002");
    }

    /** Marks a line as shipped with plain SQL, so the store's index never hears of it. */
    private void shipBehindTheStoresBack(String productOrderId) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:h2:file:" + folder.resolve("orderdesk") + ";AUTO_SERVER=TRUE", "orderdesk", "");
             PreparedStatement update = connection.prepareStatement(
                     "update product_order set product_order_status = 'DELIVERING' where product_order_id = ?")) {
            update.setString(1, productOrderId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static StoredProductOrder newOrder(String productOrderId, int minute) {
        OrderSummary summary = new OrderSummary(productOrderId, "20261128" + productOrderId.substring(8), "PAYED",
                null, null, null, null, null, null, Instant.parse("2026-11-28T01:00:00Z").plusSeconds(60L * minute),
                null, null, null, "김민지", null, null, null, "무선 키보드", null, 1, 10_000L, null, null, false, null,
                false, null);
        return new StoredProductOrder(summary, "{\"productOrder\":{\"shippingAddress\":{\"tel1\":\"010-1234-5678\","
                + "\"baseAddress\":\"서울시\"}}}");
    }
}
