package io.orderdesk.contract;

import static io.orderdesk.contract.ContractSandbox.newTracking;
import static io.orderdesk.contract.ContractSandbox.parcel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.orderdesk.api.ConditionalQuery;
import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.api.NpayResponse;
import io.orderdesk.api.dto.ProductOrderDetail;
import io.orderdesk.api.dto.ProductOrderPage;
import io.orderdesk.api.error.IpNotAllowedException;
import io.orderdesk.api.error.MalformedResponseException;
import io.orderdesk.api.error.OutcomeUnknownException;
import io.orderdesk.api.error.RateLimitedException;
import io.orderdesk.api.error.ServerException;
import io.orderdesk.api.json.PartialList;
import io.orderdesk.api.json.RejectedItem;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.PlaceOrderStatus;
import io.orderdesk.domain.ProductOrderStatus;
import io.orderdesk.domain.RangeType;
import io.orderdesk.sandbox.Endpoint;
import io.orderdesk.sandbox.server.CallRecord;
import io.orderdesk.sandbox.server.Fault;
import io.orderdesk.sandbox.server.FaultKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every fault the sandbox can inject, met by the real client: each surfaces as the client's typed error (or is
 * absorbed by its retries), reads are retried where that is safe, and a write is never sent twice when it may already
 * have been applied. The sandbox's call log is the witness of what reached the API and whether it was applied.
 */
class FaultsContractTest {

    private static final String IDS = Endpoint.PRODUCT_ORDER_IDS.name();
    private static final String QUERY = Endpoint.QUERY_PRODUCT_ORDERS.name();
    private static final String CONFIRM = Endpoint.CONFIRM.name();
    private static final String DISPATCH = Endpoint.DISPATCH.name();

    private static ContractSandbox fx;
    private static NpayOrderClient client;
    private static ContractSandbox.Created order;

    @BeforeAll
    static void start() {
        fx = ContractSandbox.start(5, 20, 1);
        client = fx.client;
        order = fx.createAny("PAYED", 2);
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    /** No faults, a valid token, an empty call log and no recorded backoff. */
    @BeforeEach
    void clean() {
        fx.sandbox.faults().clear();
        client.productOrderIds(order.orderId());
        fx.sandbox.calls().clear();
        fx.sleeps.clear();
    }

    @Test
    void latencyOnlySlowsTheAnswerDown() {
        fx.sandbox.faults().add(Fault.of(IDS, FaultKind.LATENCY).withLatencyMs(300).withCount(1));
        long started = System.nanoTime();

        List<String> ids = client.productOrderIds(order.orderId()).data();

        assertThat(ids).containsExactlyElementsOf(order.productOrderIds());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
        assertThat(fx.calls(IDS)).extracting(CallRecord::status, CallRecord::fault)
                .containsExactly(tuple(200, FaultKind.LATENCY));
    }

    @Test
    void aRateLimitedReadIsRetriedThenReportedAsRateLimited() {
        fx.sandbox.faults().add(Fault.of(IDS, FaultKind.RATE_LIMIT));

        assertThatThrownBy(() -> client.productOrderIds(order.orderId()))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(429);
                    assertThat(e.code()).isEqualTo("GW.RATE_LIMIT");
                    assertThat(e.traceId()).isNotBlank();
                });
        assertThat(fx.calls(IDS)).hasSize(ContractSandbox.RETRY.maxAttempts())
                .allSatisfy(call -> assertThat(call.status()).isEqualTo(429));
        assertThat(fx.sleeps).hasSize(ContractSandbox.RETRY.maxAttempts() - 1);
    }

    @Test
    void aSingleRateLimitIsAbsorbedByOneRetryEvenForAWrite() {
        fx.sandbox.faults().add(Fault.of(IDS, FaultKind.RATE_LIMIT).withCount(1));
        fx.sandbox.faults().add(Fault.of(CONFIRM, FaultKind.RATE_LIMIT).withCount(1));
        String id = fx.createAny("PAYED", 1).productOrderIds().get(0);

        assertThat(client.productOrderIds(order.orderId()).data()).containsExactlyElementsOf(order.productOrderIds());
        assertThat(client.confirm(List.of(id)).data().failProductOrderInfos()).isEmpty();

        assertThat(fx.calls(IDS)).extracting(CallRecord::status).containsExactly(429, 200);
        assertThat(fx.calls(CONFIRM)).extracting(CallRecord::status, CallRecord::applied)
                .containsExactly(tuple(429, false), tuple(200, true));
        assertThat(fx.sleeps).hasSize(2);
        assertThat(fx.detail(id).productOrder().placeOrderStatus().value()).isEqualTo(PlaceOrderStatus.OK);
    }

    @Test
    void aServerErrorIsAServerExceptionAndIsNotRetried() {
        fx.sandbox.faults().add(Fault.of(IDS, FaultKind.SERVER_ERROR).withCount(1));
        fx.sandbox.faults().add(Fault.of(CONFIRM, FaultKind.SERVER_ERROR).withCount(1));
        String id = fx.createAny("PAYED", 1).productOrderIds().get(0);

        assertThatThrownBy(() -> client.productOrderIds(order.orderId()))
                .isInstanceOfSatisfying(ServerException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(500);
                    assertThat(e.code()).isEqualTo("GW.INTERNAL_SERVER_ERROR");
                });
        assertThatThrownBy(() -> client.confirm(List.of(id))).isInstanceOf(ServerException.class);

        assertThat(fx.calls(IDS)).hasSize(1);
        assertThat(fx.calls(CONFIRM)).extracting(CallRecord::status, CallRecord::applied)
                .containsExactly(tuple(500, false));
        assertThat(fx.detail(id).productOrder().placeOrderStatus().value()).isEqualTo(PlaceOrderStatus.NOT_YET);
    }

    @Test
    void anUnavailableGatewayIsRetriedForReadsAndForWritesItTurnedAway() {
        fx.sandbox.faults().add(Fault.of(IDS, FaultKind.UNAVAILABLE).withCount(1));
        fx.sandbox.faults().add(Fault.of(CONFIRM, FaultKind.UNAVAILABLE).withCount(1));
        String id = fx.createAny("PAYED", 1).productOrderIds().get(0);

        assertThat(client.productOrderIds(order.orderId()).data()).containsExactlyElementsOf(order.productOrderIds());
        assertThat(client.confirm(List.of(id)).data().failProductOrderInfos()).isEmpty();

        assertThat(fx.calls(IDS)).extracting(CallRecord::status).containsExactly(503, 200);
        assertThat(fx.calls(CONFIRM)).extracting(CallRecord::status, CallRecord::applied)
                .containsExactly(tuple(503, false), tuple(200, true));
        assertThat(fx.detail(id).productOrder().placeOrderStatus().value()).isEqualTo(PlaceOrderStatus.OK);
    }

    @Test
    void aGatewayThatStaysUnavailableEndsInAServerException() {
        fx.sandbox.faults().add(Fault.of(IDS, FaultKind.UNAVAILABLE));

        assertThatThrownBy(() -> client.productOrderIds(order.orderId()))
                .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.code()).isEqualTo("GW.BLOCK.01"));
        assertThat(fx.calls(IDS)).hasSize(ContractSandbox.RETRY.maxAttempts());
    }

    @Test
    void aGatewayTimeoutIsRetriedForAReadButLeavesAWriteUnknownAfterOneCall() {
        fx.sandbox.faults().add(Fault.of(IDS, FaultKind.GATEWAY_TIMEOUT).withCount(1));
        fx.sandbox.faults().add(Fault.of(DISPATCH, FaultKind.GATEWAY_TIMEOUT));
        String id = fx.createOrder("CONFIRMED", 1).productOrderIds().get(0);

        assertThat(client.productOrderIds(order.orderId()).data()).containsExactlyElementsOf(order.productOrderIds());
        assertThatThrownBy(() -> client.dispatch(List.of(parcel(id, DeliveryCompany.CJGLS, newTracking()))))
                .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(504);
                    assertThat(e.code()).isEqualTo("GW.TIMEOUT.01");
                    assertThat(e.userMessage()).contains("조회");
                });

        assertThat(fx.calls(IDS)).extracting(CallRecord::status).containsExactly(504, 200);
        assertThat(fx.calls(DISPATCH)).extracting(CallRecord::status, CallRecord::applied)
                .containsExactly(tuple(504, false));
        assertThat(fx.detail(id).productOrder().productOrderStatus().value()).isEqualTo(ProductOrderStatus.PAYED);
    }

    @Test
    void aHeldWriteIsOutcomeUnknownAndWasAppliedExactlyOnce() {
        fx.sandbox.faults().add(Fault.of(DISPATCH, FaultKind.HOLD).withLatencyMs(3_000).withCount(1));
        String id = fx.createOrder("CONFIRMED", 1).productOrderIds().get(0);
        String tracking = newTracking();

        try (NpayOrderClient impatient = impatientClient()) {
            assertThatThrownBy(() -> impatient.dispatch(List.of(parcel(id, DeliveryCompany.CJGLS, tracking))))
                    .isInstanceOf(OutcomeUnknownException.class);
        }

        assertThat(fx.calls(DISPATCH)).extracting(CallRecord::productOrderIds, CallRecord::applied, CallRecord::fault)
                .containsExactly(tuple(List.of(id), true, FaultKind.HOLD));
        ProductOrderDetail detail = fx.detail(id);
        assertThat(detail.productOrder().productOrderStatus().value()).isEqualTo(ProductOrderStatus.DELIVERING);
        assertThat(detail.delivery().trackingNumber()).isEqualTo(tracking);
        assertThat(fx.calls(DISPATCH)).hasSize(1);
    }

    @Test
    void aHeldReadTimesOutAndIsRetried() {
        fx.sandbox.faults().add(Fault.of(IDS, FaultKind.HOLD).withLatencyMs(3_000).withCount(1));

        try (NpayOrderClient impatient = impatientClient()) {
            assertThat(impatient.productOrderIds(order.orderId()).data())
                    .containsExactlyElementsOf(order.productOrderIds());
        }
        assertThat(fx.calls(IDS)).extracting(CallRecord::fault).containsExactly(FaultKind.HOLD, null);
    }

    @Test
    void anExpiredTokenIsReissuedOnceAndTheCallSucceeds() {
        fx.sandbox.faults().add(Fault.of(IDS, FaultKind.TOKEN_EXPIRY).withCount(1));
        fx.sandbox.faults().add(Fault.of(CONFIRM, FaultKind.TOKEN_EXPIRY).withCount(1));
        String id = fx.createAny("PAYED", 1).productOrderIds().get(0);

        assertThat(client.productOrderIds(order.orderId()).data()).containsExactlyElementsOf(order.productOrderIds());
        assertThat(fx.sandbox.calls().calls()).extracting(CallRecord::endpoint, CallRecord::status)
                .containsExactly(tuple(IDS, 401), tuple(Fault.TOKEN, 200), tuple(IDS, 200));

        assertThat(client.confirm(List.of(id)).data().failProductOrderInfos()).isEmpty();
        assertThat(fx.calls(CONFIRM)).extracting(CallRecord::status, CallRecord::applied)
                .containsExactly(tuple(401, false), tuple(200, true));
        assertThat(fx.calls(Fault.TOKEN)).hasSize(2);
        assertThat(fx.detail(id).productOrder().placeOrderStatus().value()).isEqualTo(PlaceOrderStatus.OK);
    }

    @Test
    void aForbiddenAddressIsAnIpNotAllowedException() {
        fx.sandbox.faults().add(Fault.of(Fault.ANY, FaultKind.IP_NOT_ALLOWED).withCount(2));
        String id = order.productOrderIds().get(0);

        assertThatThrownBy(() -> client.productOrderIds(order.orderId()))
                .isInstanceOfSatisfying(IpNotAllowedException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(403);
                    assertThat(e.code()).isEqualTo("GW.IP_NOT_ALLOWED");
                    assertThat(e.userMessage()).contains("IP");
                });
        assertThatThrownBy(() -> client.confirm(List.of(id))).isInstanceOf(IpNotAllowedException.class);
        assertThat(fx.sandbox.calls().calls()).extracting(CallRecord::endpoint, CallRecord::status)
                .containsExactly(tuple(IDS, 403), tuple(CONFIRM, 403));
    }

    @Test
    void cutOffJsonIsMalformedForAReadAndUnknownForAWriteThatWasApplied() {
        fx.sandbox.faults().add(Fault.of(QUERY, FaultKind.MALFORMED_JSON).withCount(1));
        fx.sandbox.faults().add(Fault.of(CONFIRM, FaultKind.MALFORMED_JSON).withCount(1));
        String id = fx.createAny("PAYED", 1).productOrderIds().get(0);

        assertThatThrownBy(() -> client.queryProductOrders(List.of(id)))
                .isInstanceOfSatisfying(MalformedResponseException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(200);
                    assertThat(e.traceId()).isNotBlank();
                });
        assertThatThrownBy(() -> client.confirm(List.of(id))).isInstanceOf(OutcomeUnknownException.class);

        assertThat(fx.calls(QUERY)).hasSize(1);
        assertThat(fx.calls(CONFIRM)).extracting(CallRecord::applied).containsExactly(true);
        assertThat(fx.detail(id).productOrder().placeOrderStatus().value()).isEqualTo(PlaceOrderStatus.OK);
    }

    @Test
    void anHtmlErrorPageIsMalformedForAReadAndUnknownForAWrite() {
        fx.sandbox.faults().add(Fault.of(IDS, FaultKind.HTML_ERROR).withCount(1));
        fx.sandbox.faults().add(Fault.of(CONFIRM, FaultKind.HTML_ERROR).withCount(1));
        String id = fx.createAny("PAYED", 1).productOrderIds().get(0);

        assertThatThrownBy(() -> client.productOrderIds(order.orderId()))
                .isInstanceOfSatisfying(MalformedResponseException.class,
                        e -> assertThat(e.httpStatus()).isEqualTo(502));
        assertThatThrownBy(() -> client.confirm(List.of(id))).isInstanceOf(OutcomeUnknownException.class);

        assertThat(fx.calls(IDS)).hasSize(1);
        assertThat(fx.calls(CONFIRM)).extracting(CallRecord::status, CallRecord::applied)
                .containsExactly(tuple(502, false));
        assertThat(fx.detail(id).productOrder().placeOrderStatus().value()).isEqualTo(PlaceOrderStatus.NOT_YET);
    }

    @Test
    void aBadItemInTheDetailQueryIsRejectedAndTheRestArrive() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(fx.createAny("PAYED", 1).productOrderIds().get(0));
        }
        fx.sandbox.faults().add(Fault.of(QUERY, FaultKind.BAD_ITEM).withCount(1));

        NpayResponse<PartialList<ProductOrderDetail>> response = client.queryProductOrders(ids);

        assertThat(response.rejected()).extracting(RejectedItem::index, RejectedItem::productOrderId)
                .containsExactly(tuple(2, ids.get(2)));
        assertThat(response.rejected().get(0).reason()).contains("quantity");
        assertThat(response.data().items()).extracting(detail -> detail.productOrder().productOrderId())
                .containsExactly(ids.get(0), ids.get(1), ids.get(3), ids.get(4));
        assertThat(response.data().rawItems()).hasSize(4);
        assertThat(fx.calls(QUERY)).extracting(CallRecord::fault).containsExactly(FaultKind.BAD_ITEM);
    }

    @Test
    void aBadItemInTheConditionalQueryIsRejectedAndTheRestArrive() {
        Instant at = fx.advance(Duration.ofMinutes(10));
        for (int i = 0; i < 3; i++) {
            fx.createAny("PAYED", 1);
        }
        fx.sandbox.faults().add(Fault.of(Endpoint.PRODUCT_ORDERS.name(), FaultKind.BAD_ITEM).withCount(1));

        NpayResponse<ProductOrderPage> response = client.productOrders(ConditionalQuery.window(
                ContractSandbox.kst(at), ContractSandbox.kst(at), RangeType.PAYED_DATETIME));

        assertThat(response.rejected()).hasSize(1);
        String bad = response.rejected().get(0).productOrderId();
        assertThat(bad).isNotNull();
        assertThat(response.data().contents().items()).hasSize(2)
                .noneSatisfy(content -> assertThat(content.productOrderId()).isEqualTo(bad));
    }

    @Test
    void aTokenCallTurnedAwayIsRetriedAndABrokenOneIsReported() {
        fx.sandbox.faults().add(Fault.of(Fault.TOKEN, FaultKind.UNAVAILABLE).withCount(1));
        try (NpayOrderClient fresh = NpayOrderClient.create(fx.config())) {
            assertThat(fresh.productOrderIds(order.orderId()).data())
                    .containsExactlyElementsOf(order.productOrderIds());
        }
        assertThat(fx.calls(Fault.TOKEN)).extracting(CallRecord::status).containsExactly(503, 200);

        fx.sandbox.faults().add(Fault.of(Fault.TOKEN, FaultKind.MALFORMED_JSON).withCount(1));
        try (NpayOrderClient fresh = NpayOrderClient.create(fx.config())) {
            assertThatThrownBy(() -> fresh.productOrderIds(order.orderId()))
                    .isInstanceOf(MalformedResponseException.class);
        }
        fx.sandbox.faults().add(Fault.of(Fault.TOKEN, FaultKind.IP_NOT_ALLOWED).withCount(1));
        try (NpayOrderClient fresh = NpayOrderClient.create(fx.config())) {
            assertThatThrownBy(() -> fresh.productOrderIds(order.orderId()))
                    .isInstanceOf(IpNotAllowedException.class);
        }
        assertThat(fx.calls(IDS)).hasSize(1);
    }

    private static NpayOrderClient impatientClient() {
        return NpayOrderClient.create(fx.config().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(400)));
    }
}
