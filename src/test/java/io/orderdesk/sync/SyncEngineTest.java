package io.orderdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.api.LastChangedQuery;
import io.orderdesk.api.dto.LastChangeStatus;
import io.orderdesk.api.dto.LastChangedStatuses;
import io.orderdesk.sandbox.ApiResult;
import io.orderdesk.sandbox.server.Fault;
import io.orderdesk.sandbox.server.FaultKind;
import io.orderdesk.store.LedgerEntry;
import io.orderdesk.store.OrderSummary;
import io.orderdesk.store.Store;
import io.orderdesk.store.StoredProductOrder;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync against the real sandbox over HTTP, with a real H2 file store. */
class SyncEngineTest {

    @TempDir
    Path folder;

    private SyncFixture fixture;

    @BeforeEach
    void start() {
        fixture = new SyncFixture(400, 14);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void backfillOfFourteenDaysStoresEveryChangedProductOrderWithItsCurrentState() {
        Store store = fixture.store(folder);

        SyncReport report = fixture.engine(store, 14).runOnce(SyncListener.NONE, new CancelSignal());

        assertThat(report.outcome()).isEqualTo(SyncReport.Outcome.OK);
        Map<String, LastChangeStatus> feed = feed(14);
        assertThat(feed).hasSizeGreaterThan(300);
        assertThat(store.productOrders().count()).isEqualTo(feed.size());
        for (LastChangeStatus change : feed.values()) {
            StoredProductOrder row = store.productOrders().find(change.productOrderId()).orElseThrow();
            assertThat(row.summary().productOrderStatus()).isEqualTo(change.productOrderStatus().raw());
            assertThat(row.summary().lastChangedType()).isEqualTo(change.lastChangedType().raw());
            assertThat(row.detailJson()).contains(change.productOrderId());
        }
        assertThat(report.inserted()).isEqualTo(feed.size());
        assertThat(store.ledger().recent(100)).allSatisfy(entry -> assertThat(entry.outcome()).isEqualTo("OK"));
        assertThat(store.ledger().recent(100)).hasSize(14);
    }

    @Test
    void aRunWithNothingNewMakesOneCall() {
        Store store = fixture.store(folder);
        SyncEngine engine = fixture.engine(store, 14);
        engine.runOnce(SyncListener.NONE, new CancelSignal());
        fixture.sandbox.calls().clear();

        SyncReport again = engine.runOnce(SyncListener.NONE, new CancelSignal());

        assertThat(again.ok()).isTrue();
        assertThat(again.fetched()).isZero();
        assertThat(fixture.sandbox.calls().calls()).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void buyerAndCourierEventsArriveOnTheNextRun() {
        Store store = fixture.store(folder);
        SyncEngine engine = fixture.engine(store, 14);
        engine.runOnce(SyncListener.NONE, new CancelSignal());

        Map<?, ?> created = (Map<?, ?>) fixture.sandbox.admin().createOrder(Map.of("state", "PAYED", "lines", 2)).data();
        String newLine = ((List<?>) created.get("productOrderIds")).get(0).toString();
        Map<?, ?> confirmed = (Map<?, ?>) fixture.sandbox.admin().createOrder(Map.of("state", "CONFIRMED", "lines", 1))
                .data();
        String confirmedElsewhere = ((List<?>) confirmed.get("productOrderIds")).get(0).toString();
        String delivering = anyWithStatus(store, "DELIVERING");
        advance(5);
        event(delivering, "DELIVER");
        event(delivering, "RETURN_REQUEST");
        advance(5);

        SyncReport report = engine.runOnce(SyncListener.NONE, new CancelSignal());

        assertThat(report.ok()).isTrue();
        assertThat(report.newOrders()).as("new under 신규주문, not a line confirmed before it reached us")
                .contains(newLine).doesNotContain(confirmedElsewhere);
        assertThat(store.productOrders().find(confirmedElsewhere)).isPresent();
        assertThat(report.newClaims()).contains(delivering).doesNotContain(newLine);
        assertThat(store.productOrders().find(newLine).orElseThrow().summary().productOrderStatus()).isEqualTo("PAYED");
        StoredProductOrder returned = store.productOrders().find(delivering).orElseThrow();
        assertThat(returned.summary().claimType()).isEqualTo("RETURN");
        assertThat(returned.summary().claimStatus()).isEqualTo("RETURN_REQUEST");
        assertThat(store.productOrders().history(delivering)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aRunStoppedAtAnyStepAndResumedEndsIdenticalToAnUninterruptedRun() {
        Store reference = fixture.store(folder.resolve("reference"));
        fixture.engine(reference, 14).runOnce(SyncListener.NONE, new CancelSignal());
        String expected = SyncFixture.dump(reference);

        Store store = fixture.store(folder.resolve("crashing"));
        int failures = 0;
        for (int crashAt = 1; crashAt < 200; crashAt += 3) {
            int[] reached = {0};
            int target = crashAt;
            SyncEngine crashing = fixture.engine(store, 14, step -> {
                if (++reached[0] == target) {
                    throw new IllegalStateException("crash at " + step);
                }
            });
            SyncReport report = crashing.runOnce(SyncListener.NONE, new CancelSignal());
            if (report.outcome() == SyncReport.Outcome.FAILED) {
                failures++;
            } else {
                break;
            }
        }
        fixture.engine(store, 14).runOnce(SyncListener.NONE, new CancelSignal());

        assertThat(failures).isGreaterThan(5);
        assertThat(SyncFixture.dump(store)).isEqualTo(expected);
        assertThat(store.ledger().recent(500)).anySatisfy(entry -> assertThat(entry.outcome()).isEqualTo("FAILED"));
    }

    @Test
    void gatewayFaultsAndTokenExpiryMidSyncAreRiddenOut() {
        Store store = fixture.store(folder);
        fixture.sandbox.faults().add(Fault.of("LAST_CHANGED_STATUSES", FaultKind.RATE_LIMIT).withCount(2));
        fixture.sandbox.faults().add(Fault.of("QUERY_PRODUCT_ORDERS", FaultKind.UNAVAILABLE).withCount(1));
        fixture.sandbox.faults().add(Fault.of("QUERY_PRODUCT_ORDERS", FaultKind.GATEWAY_TIMEOUT).withCount(1));
        fixture.sandbox.faults().add(Fault.of("QUERY_PRODUCT_ORDERS", FaultKind.HOLD).withLatencyMs(1500)
                .withCount(1));

        SyncReport report = fixture.engine(store, 14).runOnce(SyncListener.NONE, new CancelSignal());
        assertThat(report.ok()).isTrue();
        fixture.sandbox.faults().add(Fault.of(Fault.ANY, FaultKind.TOKEN_EXPIRY).withCount(1));
        advance(3);
        event(anyWithStatus(store, "DELIVERING"), "DELIVER");
        SyncReport second = fixture.engine(store, 14).runOnce(SyncListener.NONE, new CancelSignal());

        assertThat(second.ok()).isTrue();
        assertThat(store.productOrders().count()).isEqualTo(feed(14).size());
        assertThat(fixture.sleeps).isNotEmpty();
    }

    @Test
    void anUnreadableProductOrderIsSkippedLoggedAndFetchedAgainNextRun() {
        Store store = fixture.store(folder);
        fixture.sandbox.faults().add(Fault.of("QUERY_PRODUCT_ORDERS", FaultKind.BAD_ITEM).withCount(1));

        SyncReport first = fixture.engine(store, 14).runOnce(SyncListener.NONE, new CancelSignal());

        assertThat(first.ok()).isTrue();
        assertThat(first.skipped()).isEqualTo(1);
        List<String> pending = store.pending().due(10);
        assertThat(pending).hasSize(1);
        assertThat(store.productOrders().find(pending.get(0))).isEmpty();
        assertThat(store.productOrders().count()).isEqualTo(feed(14).size() - 1);

        SyncReport second = fixture.engine(store, 14).runOnce(SyncListener.NONE, new CancelSignal());

        assertThat(second.ok()).isTrue();
        assertThat(store.pending().due(10)).isEmpty();
        assertThat(store.productOrders().find(pending.get(0))).isPresent();
    }

    @Test
    void aFailedRunKeepsTheCacheRecordsTheTraceIdAndTheNextRunContinues() {
        Store store = fixture.store(folder);
        fixture.sandbox.faults().add(Fault.of("QUERY_PRODUCT_ORDERS", FaultKind.SERVER_ERROR).withCount(1));

        SyncReport failed = fixture.engine(store, 14).runOnce(SyncListener.NONE, new CancelSignal());

        assertThat(failed.outcome()).isEqualTo(SyncReport.Outcome.FAILED);
        LedgerEntry entry = store.ledger().recent(1).get(0);
        assertThat(entry.outcome()).isEqualTo("FAILED");
        assertThat(entry.traceIds()).anySatisfy(id -> assertThat(id).startsWith("sbx-"));

        SyncReport resumed = fixture.engine(store, 14).runOnce(SyncListener.NONE, new CancelSignal());
        assertThat(resumed.ok()).isTrue();
        assertThat(store.productOrders().count()).isEqualTo(feed(14).size());
    }

    @Test
    void aCancelledRunStopsCleanlyAndKeepsWhatItStored() {
        Store store = fixture.store(folder);
        CancelSignal cancel = new CancelSignal();
        SyncReport report = fixture.engine(store, 14).runOnce(progress -> {
            if (progress.windowsDone() == 3) {
                cancel.cancel();
            }
        }, cancel);

        assertThat(report.outcome()).isEqualTo(SyncReport.Outcome.CANCELLED);
        long kept = store.productOrders().count();
        assertThat(kept).isPositive();
        assertThat(fixture.engine(store, 14).runOnce(SyncListener.NONE, new CancelSignal()).ok()).isTrue();
        assertThat(store.productOrders().count()).isEqualTo(feed(14).size());
    }

    @Test
    void twoInstancesOnOneStoreDoNotSyncAtOnce() throws Exception {
        Store store = fixture.store(folder);
        fixture.sandbox.faults().add(Fault.of("LAST_CHANGED_STATUSES", FaultKind.LATENCY).withLatencyMs(300)
                .withCount(3));
        SyncEngine first = fixture.engine(store, 14);
        SyncEngine second = new SyncEngine(fixture.client, store, SyncSettings.defaults().withBackfillDays(14),
                fixture.sandbox.clock(), "other-pc");
        SyncReport[] reports = new SyncReport[1];
        Thread running = new Thread(() -> reports[0] = first.runOnce(SyncListener.NONE, new CancelSignal()));
        running.start();
        Thread.sleep(150);

        SyncReport busy = second.runOnce(SyncListener.NONE, new CancelSignal());
        running.join();

        assertThat(busy.outcome()).isEqualTo(SyncReport.Outcome.BUSY);
        assertThat(reports[0].ok()).isTrue();
        assertThat(store.productOrders().count()).isEqualTo(feed(14).size());
    }

    @Test
    void theReconciliationSweepRepairsWhatTheFeedMissed() {
        Store store = fixture.store(folder);
        fixture.engine(store, 14).runOnce(SyncListener.NONE, new CancelSignal());
        String victim = anyWithStatus(store, "DELIVERING");
        StoredProductOrder row = store.productOrders().find(victim).orElseThrow();
        OrderSummary s = row.summary();
        OrderSummary stale = new OrderSummary(s.productOrderId(), s.orderId(), "PAYED", s.placeOrderStatus(),
                s.claimType(), s.claimStatus(), s.holdbackStatus(), s.orderDate(), s.paymentDate(), s.lastChangedDate(),
                s.lastChangedType(), s.shippingDueDate(), s.dispatchedDate(), s.ordererName(), s.ordererPhoneTail(),
                s.receiverName(), s.receiverPhoneTail(), s.productName(), s.productOption(), s.quantity(),
                s.totalPaymentAmount(), s.deliveryCompany(), s.trackingNumber(), s.addressChanged(),
                s.giftReceivingStatus(), s.delayed(), s.claimRequestDate());
        store.inTransaction(tx -> tx.productOrders().upsert(List.of(
                new StoredProductOrder(stale, row.detailJson() + " "))));

        SyncReport report = new SyncEngine(fixture.client, store,
                SyncSettings.defaults().withBackfillDays(14).withReconcileDays(14), fixture.sandbox.clock(), "sweeper")
                .runOnce(SyncListener.NONE, new CancelSignal());

        assertThat(report.ok()).isTrue();
        assertThat(report.repaired()).isGreaterThanOrEqualTo(1);
        assertThat(store.productOrders().find(victim).orElseThrow().summary().productOrderStatus())
                .isEqualTo("DELIVERING");
    }

    private Map<String, LastChangeStatus> feed(int days) {
        Map<String, LastChangeStatus> all = new HashMap<>();
        OffsetDateTime now = fixture.sandbox.clock().instant().atOffset(ZoneOffset.ofHours(9));
        for (OffsetDateTime from = now.minusDays(days); from.isBefore(now); from = from.plusDays(1)) {
            OffsetDateTime to = from.plusDays(1).isAfter(now) ? now : from.plusDays(1);
            LastChangedQuery query = LastChangedQuery.window(from, to);
            while (true) {
                LastChangedStatuses page = fixture.client.lastChangedStatuses(query).data();
                page.lastChangeStatuses().items().forEach(change -> all.put(change.productOrderId(), change));
                if (page.more() == null) {
                    break;
                }
                query = query.next(page.more().moreFrom(), page.more().moreSequence());
            }
        }
        return all;
    }

    private String anyWithStatus(Store store, String status) {
        Set<String> ids = new TreeSet<>();
        store.productOrders().stream().filter(row -> status.equals(row.summary().productOrderStatus())
                && row.summary().claimType() == null).forEach(row -> ids.add(row.productOrderId()));
        assertThat(ids).isNotEmpty();
        return ids.iterator().next();
    }

    private void advance(int minutes) {
        fixture.sandbox.admin().advanceClock(Map.of("advanceMinutes", (double) minutes));
    }

    private void event(String productOrderId, String event) {
        ApiResult result = fixture.sandbox.admin().event(Map.of("productOrderId", productOrderId, "event", event));
        assertThat(result.isOk()).as(event + " on " + productOrderId + ": " + result.message()).isTrue();
    }
}
