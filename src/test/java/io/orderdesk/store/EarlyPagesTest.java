package io.orderdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.OrderTab;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The first pages a window shows while the index loads are the pages the index gives once loaded. */
class EarlyPagesTest extends OnEachDatabase {

    private static final Instant BASE = Instant.parse("2026-11-01T00:00:00Z");

    @BeforeEach
    void fill() {
        List<StoredProductOrder> lines = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Line line = Line.of(String.valueOf(2026110100000000L + i))
                    // groups of equal payment times, so the page edge falls inside a group
                    .paid(i % 37 == 0 ? null : BASE.plusSeconds((i / 7) * 60L));
            switch (i % 5) {
                case 1 -> line.status("PAYED", "OK");
                case 2 -> line.status("DELIVERING", "OK");
                case 3 -> line.status("DELIVERED", "OK").claim("RETURN", "RETURN_REQUEST");
                case 4 -> line.status("PAYED", "OK").claim("CANCEL", "CANCEL_REQUEST");
                default -> { }
            }
            lines.add(line.build());
        }
        store.productOrders().upsert(lines);
    }

    @Test
    void everyTabsFirstPagesMatchTheIndex() {
        EarlyPages early = new EarlyPages(store.jdbc());
        for (OrderTab tab : OrderTab.values()) {
            for (int[] window : new int[][] {{0, 10}, {0, 100}, {20, 15}, {70, 100}}) {
                OrderFilter filter = OrderFilter.all().withTab(tab).page(window[0], window[1]);
                SearchResult fromIndex = store.index().search(filter);
                SearchResult fromDatabase = early.page(filter).orElseThrow();

                assertThat(ids(fromDatabase)).as("%s %d+%d", tab, window[0], window[1]).isEqualTo(ids(fromIndex));
                assertThat(fromDatabase.total()).as("a lower bound that covers the page")
                        .isLessThanOrEqualTo(fromIndex.total())
                        .isGreaterThanOrEqualTo(Math.min(fromIndex.total(), window[0] + window[1]));
            }
        }
    }

    @Test
    void countsMatchTheIndex() {
        assertThat(new EarlyPages(store.jdbc()).tabCounts()).isEqualTo(store.index().tabCounts());
    }

    @Test
    void searchesAndOtherSortsWaitForTheIndex() {
        EarlyPages early = new EarlyPages(store.jdbc());

        assertThat(early.page(OrderFilter.all().withText("홍길동"))).isEmpty();
        assertThat(early.page(OrderFilter.all().sortedBy(SortColumn.BUYER, false))).isEmpty();
        assertThat(early.page(OrderFilter.all().withClaims(ClaimFilter.OPEN))).isEmpty();
    }

    private static List<String> ids(SearchResult result) {
        return result.rows().stream().map(OrderSummary::productOrderId).toList();
    }
}
