package io.orderdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.OrderTab;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** How the index stays in step with the database: loaded at open, fed by upserts, refreshed from other writers. */
class OrderIndexTest extends OnEachDatabase {

    @Test
    void upsertsReachTheIndexAtOnce() {
        store.productOrders().upsert(List.of(Line.of("1").build(), Line.of("2").status("DELIVERING", "OK").build()));

        assertThat(store.index().tabCounts()).containsEntry(OrderTab.NEW, 1).containsEntry(OrderTab.DELIVERING, 1);
        assertThat(store.index().search(OrderFilter.all().withText("ㅎㄱㄷ")).total()).isEqualTo(2);
    }

    @Test
    void theFirstLoadWaitsForTheWindowsFirstRowsAndThenStarts() throws InterruptedException {
        store.productOrders().upsert(List.of(Line.of("1").build(), Line.of("2").build()));
        store.close();
        store = db.open();
        CountDownLatch loaded = new CountDownLatch(1);
        store.index().whenLoaded(loaded::countDown);

        // The early answers a new window asks for do not start the load (they would compete with the window) ...
        assertThat(store.index().browseEarly(OrderFilter.all().withTab(OrderTab.NEW))).isPresent();
        assertThat(store.index().tabCountsEarly()).containsEntry(OrderTab.NEW, 2);
        assertThat(loaded.await(1, TimeUnit.SECONDS)).isFalse();
        // ... its first rows on screen do.
        store.index().loadNow();

        assertThat(loaded.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(store.index().isLoaded()).isTrue();
    }

    @Test
    void aReopenedStoreLoadsItsIndexFromTheDatabase() {
        store.productOrders().upsert(List.of(Line.of("1").build(), Line.of("2").buyer("김민지", "6789").build()));
        store.close();

        store = db.open();

        assertThat(store.index().size()).isEqualTo(2);
        assertThat(store.index().search(OrderFilter.all().withText("6789")).rows())
                .extracting(OrderSummary::productOrderId).containsExactly("2");
    }

    @Test
    void refreshPicksUpWhatAnotherInstanceStored() {
        store.productOrders().upsert(List.of(Line.of("1").build()));
        assertThat(store.index().size()).as("loaded before the other PC writes").isEqualTo(1);
        try (Store otherPc = db.openAs("pc-b")) {
            otherPc.productOrders().upsert(List.of(Line.of("1").status("PAYED", "OK").json("{\"v\":2}").build(),
                    Line.of("2").build()));

            assertThat(store.index().size()).as("not before a refresh").isEqualTo(1);
            int read = store.index().refresh();

            assertThat(read).isGreaterThanOrEqualTo(2);
            assertThat(store.index().size()).isEqualTo(2);
            assertThat(store.index().tabCounts()).containsEntry(OrderTab.NEW, 1).containsEntry(OrderTab.CONFIRMED, 1)
                    .containsEntry(OrderTab.ALL, 2);
        }
    }

    @Test
    void refreshingAgainChangesNothing() {
        store.productOrders().upsert(List.of(Line.of("1").build(), Line.of("2").build()));
        store.index().refresh();

        store.index().refresh();

        assertThat(store.index().size()).isEqualTo(2);
        assertThat(store.index().tabCounts()).containsEntry(OrderTab.NEW, 2).containsEntry(OrderTab.ALL, 2);
    }
}
