package io.orderdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProductOrdersTest extends OnEachDatabase {

    private static final Instant PAID = Instant.parse("2024-03-04T11:15:07.904Z");
    private static final Instant SHIPPED = Instant.parse("2024-03-05T07:02:11Z");

    @Test
    void storesNewLinesWithTheirJsonVerbatim() {
        String json = "{ \"productOrder\" : {\"productOrderId\":\"1001\", \"productName\":\"가디건 \\u00e9\"} }";

        UpsertResult result = store.productOrders().upsert(List.of(Line.of("1001").json(json).build()));

        assertThat(result.insertedIds()).containsExactly("1001");
        assertThat(result.updated()).isZero();
        assertThat(store.productOrders().find("1001")).get()
                .satisfies(row -> assertThat(row.detailJson()).isEqualTo(json))
                .isEqualTo(Line.of("1001").json(json).build());
        assertThat(store.productOrders().count()).isEqualTo(1);
    }

    @Test
    void ignoresAnIdenticalVersionAndUpdatesAChangedOne() {
        store.productOrders().upsert(List.of(Line.of("1001").build()));

        UpsertResult same = store.productOrders().upsert(List.of(Line.of("1001").build()));
        UpsertResult changed = store.productOrders().upsert(List.of(Line.of("1001")
                .status("DELIVERING", "OK").shipped("CJGLS", "684512907731", SHIPPED)
                .changed(SHIPPED, "DISPATCHED").build()));

        assertThat(same.unchanged()).isEqualTo(1);
        assertThat(same.inserted() + same.updated()).isZero();
        assertThat(changed.updatedIds()).containsExactly("1001");
        StoredProductOrder stored = store.productOrders().find("1001").orElseThrow();
        assertThat(stored.summary().productOrderStatus()).isEqualTo("DELIVERING");
        assertThat(stored.summary().trackingNumber()).isEqualTo("684512907731");
    }

    @Test
    void historyRecordsEveryVersionWithWhatChangedNewestFirst() {
        store.productOrders().upsert(List.of(Line.of("1001").build()));
        store.productOrders().upsert(List.of(Line.of("1001").build()));
        store.productOrders().upsert(List.of(Line.of("1001").status("DELIVERING", "OK")
                .shipped("CJGLS", "684512907731", SHIPPED).changed(SHIPPED, "DISPATCHED").build()));

        List<HistoryEntry> history = store.productOrders().history("1001");

        assertThat(history).hasSize(2);
        HistoryEntry latest = history.get(0);
        assertThat(latest.lastChangedType()).isEqualTo("DISPATCHED");
        assertThat(latest.lastChangedDate()).isEqualTo(SHIPPED);
        assertThat(latest.changes()).containsOnlyKeys("productOrderStatus", "placeOrderStatus", "dispatchedDate",
                "deliveryCompany", "trackingNumber");
        assertThat(latest.changes().get("productOrderStatus"))
                .isEqualTo(new HistoryEntry.Change("PAYED", "DELIVERING"));
        assertThat(latest.changes().get("trackingNumber")).isEqualTo(new HistoryEntry.Change(null, "684512907731"));
        assertThat(latest.changes().get("dispatchedDate")).isEqualTo(new HistoryEntry.Change(null, SHIPPED.toString()));
        HistoryEntry first = history.get(1);
        assertThat(first.lastChangedType()).isEqualTo("PAYED");
        assertThat(first.changes().get("productOrderStatus")).isEqualTo(new HistoryEntry.Change(null, "PAYED"));
        assertThat(first.changes()).doesNotContainKeys("addressChanged", "delayed", "shippingDueDate");
        assertThat(first.seenAt()).isBeforeOrEqualTo(latest.seenAt());
    }

    @Test
    void aRowWithoutChangeInformationKeepsTheStoredOne() {
        store.productOrders().upsert(List.of(Line.of("1001").changed(PAID, "DELIVERY_ADDRESS_CHANGED")
                .addressChanged(true).build()));

        store.productOrders().upsert(List.of(Line.of("1001").changed(null, null).json("{\"v\":2}").build()));

        StoredProductOrder row = store.productOrders().find("1001").orElseThrow();
        assertThat(row.detailJson()).isEqualTo("{\"v\":2}");
        assertThat(row.summary().lastChangedDate()).isEqualTo(PAID);
        assertThat(row.summary().lastChangedType()).isEqualTo("DELIVERY_ADDRESS_CHANGED");
        assertThat(row.summary().addressChanged()).isTrue();
    }

    @Test
    void aLineTwiceInOnePageIsInsertedThenUpdated() {
        UpsertResult result = store.productOrders().upsert(List.of(
                Line.of("1001").build(),
                Line.of("1001").status("DELIVERING", "OK").changed(SHIPPED, "DISPATCHED").build()));

        assertThat(result.insertedIds()).containsExactly("1001");
        assertThat(result.updated()).isZero();
        assertThat(store.productOrders().find("1001").orElseThrow().summary().productOrderStatus())
                .isEqualTo("DELIVERING");
        assertThat(store.productOrders().history("1001")).hasSize(2);
    }

    @Test
    void unknownCodesAndKoreanTextSurviveTheRoundTrip() {
        StoredProductOrder odd = Line.of("1001").status("NEW_STATUS_2027", "SOMETHING").claim("ODD", "ODD_STATE")
                .buyer("김*지", "6789").product("오늘의니트 여성 울 라운드 가디건", "색상: 베이지 / 사이즈: M")
                .quantity(null).amount(null).build();

        store.productOrders().upsert(List.of(odd));

        assertThat(store.productOrders().find("1001")).contains(odd);
    }

    @Test
    void findAllKeepsTheRequestedOrderAndSkipsUnknownIds() {
        store.productOrders().upsert(List.of(Line.of("1").build(), Line.of("2").build(), Line.of("3").build()));

        List<StoredProductOrder> found = store.productOrders().findAll(List.of("3", "missing", "1", "3"));

        assertThat(found).extracting(StoredProductOrder::productOrderId).containsExactly("3", "1");
        assertThat(store.productOrders().find("missing")).isEmpty();
    }

    @Test
    void streamsEveryLineAcrossPagesInIdOrder() {
        List<StoredProductOrder> rows = IntStream.range(0, 1203)
                .mapToObj(i -> Line.of(String.format("2024%06d", i)).build()).toList();
        for (int from = 0; from < rows.size(); from += 300) {
            store.productOrders().upsert(rows.subList(from, Math.min(rows.size(), from + 300)));
        }

        List<String> streamed = store.productOrders().stream().map(StoredProductOrder::productOrderId)
                .collect(Collectors.toList());

        assertThat(streamed).hasSize(1203).isSorted().doesNotHaveDuplicates();
        assertThat(store.productOrders().page(streamed.get(499), 2)).extracting(StoredProductOrder::productOrderId)
                .containsExactly(streamed.get(500), streamed.get(501));
        assertThat(store.productOrders().count()).isEqualTo(1203);
    }

    @Test
    void aLatePageNeverUndoesANewerChange() {
        store.productOrders().upsert(List.of(Line.of("1001").status("DELIVERING", "OK")
                .changed(SHIPPED, "DISPATCHED").build()));

        UpsertResult late = store.productOrders().upsert(List.of(Line.of("1001").changed(PAID, "PAYED").build()));

        assertThat(late.unchanged()).isEqualTo(1);
        assertThat(store.productOrders().find("1001").orElseThrow().summary().productOrderStatus())
                .isEqualTo("DELIVERING");
        assertThat(store.productOrders().history("1001")).hasSize(1);
    }

    @Test
    void aWriterThatLostARaceForTheSameLineRollsBackRatherThanWriteStaleHistory() throws Exception {
        store.productOrders().upsert(List.of(Line.of("1001").build()));
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<UpsertResult> first = pool.submit(() -> store.inTransaction(tx -> {
                UpsertResult result = tx.productOrders().upsert(List.of(Line.of("1001").status("PAYED", "OK")
                        .json("{\"confirmed\":true}").changed(PAID.plusSeconds(60), null).build()));
                firstWrote.countDown();
                awaitQuietly(commitFirst);
                return result;
            }));
            assertThat(firstWrote.await(10, TimeUnit.SECONDS)).isTrue();
            Future<UpsertResult> second = pool.submit(() -> store.productOrders().upsert(List.of(Line.of("1001")
                    .status("DELIVERING", "OK").changed(SHIPPED, "DISPATCHED").build())));
            Thread.sleep(300);
            commitFirst.countDown();

            assertThat(first.get().updatedIds()).containsExactly("1001");
            assertThatThrownBy(second::get).hasCauseInstanceOf(StoreException.class)
                    .hasMessageContaining("try the page again");
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.productOrders().find("1001").orElseThrow().summary().placeOrderStatus()).isEqualTo("OK");
        assertThat(store.productOrders().history("1001")).hasSize(2);
        assertThat(store.index().search(OrderFilter.all()).rows().get(0).placeOrderStatus()).isEqualTo("OK");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anEmptyPageDoesNothing() {
        assertThat(store.productOrders().upsert(new ArrayList<>())).isEqualTo(new UpsertResult(List.of(), List.of(), 0));
    }
}
