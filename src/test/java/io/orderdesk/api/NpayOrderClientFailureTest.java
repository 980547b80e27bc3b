package io.orderdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderdesk.api.dto.ProductOrderDetail;
import io.orderdesk.api.json.PartialList;
import io.orderdesk.api.error.AuthenticationException;
import io.orderdesk.api.error.InvalidInputException;
import io.orderdesk.api.error.IpNotAllowedException;
import io.orderdesk.api.error.MalformedResponseException;
import io.orderdesk.api.error.NpayApiException;
import io.orderdesk.api.error.OutcomeUnknownException;
import io.orderdesk.api.error.RateLimitedException;
import io.orderdesk.api.error.RequestRejectedException;
import io.orderdesk.api.error.ServerException;
import io.orderdesk.domain.ProductOrderStatus;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the client does when things go wrong: each failure comes out as one typed error, and writes stay single. */
class NpayOrderClientFailureTest {

    private static final String PO = "2022040521691281";
    private static final OffsetDateTime FROM = OffsetDateTime.of(2026, 11, 27, 0, 0, 0, 0, ZoneOffset.ofHours(9));
    private static final String BULK_OK = """
            {"timestamp":"2023-01-16T17:14:51.794+09:00","traceId":"t",
             "data":{"successProductOrderIds":["2022040521691281"],"failProductOrderInfos":[]}}""";
    private static final String AUTHN = """
            {"code":"GW.AUTHN","message":"요청을 보낼 권한이 없습니다.","timestamp":"2023-11-05T23:35:24.415+09:00",
             "traceId":"cr3-000000-aaaaaa^1730711073284^6745261"}""";

    private MockNpay npay;
    private NpayOrderClient client;

    @BeforeEach
    void start() throws Exception {
        npay = new MockNpay();
        client = npay.client();
    }

    @AfterEach
    void stop() {
        client.close();
        npay.close();
    }

    @Test
    void anExpiredTokenIsReissuedOnceAndTheCallRetriedOnce() {
        npay.enqueueJson(401, AUTHN);
        npay.enqueueJson(200, BULK_OK);

        client.cancelApprove(PO);

        assertThat(npay.tokenRequests).hasSize(2);
        assertThat(npay.apiRequests).extracting(r -> r.getHeaders().get("Authorization"))
                .containsExactly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void aSecondAuthenticationFailureIsReportedNotRetriedAgain() {
        npay.enqueueJson(401, AUTHN);
        npay.enqueueJson(401, AUTHN);
        npay.enqueueJson(200, BULK_OK);

        assertThatThrownBy(() -> client.cancelApprove(PO))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                    assertThat(e.traceId()).isEqualTo("cr3-000000-aaaaaa^1730711073284^6745261");
                    assertThat(e.httpStatus()).isEqualTo(401);
                });
        assertThat(npay.apiRequests).hasSize(2);
    }

    @Test
    void readsBackOffOnRateLimitsAndGiveUpAfterABoundedNumberOfAttempts() {
        String limited = "{\"code\":\"GW.RATE_LIMIT\",\"message\":\"요청이 많아 서비스를 일시적으로 사용할 수 없습니다.\"}";
        for (int i = 0; i < 5; i++) {
            npay.enqueueJson(429, limited);
        }

        assertThatThrownBy(() -> client.productOrderIds("2021123115350910"))
                .isInstanceOf(RateLimitedException.class);
        assertThat(npay.apiRequests).hasSize(3);
        assertThat(npay.sleeps).hasSize(2);
    }

    @Test
    void readsRecoverFromAGatewayHiccup() {
        npay.enqueueJson(503, "{\"code\":\"GW.BLOCK.01\",\"message\":\"서비스를 일시적으로 사용할 수 없습니다.\"}");
        npay.enqueueJson(200, "{\"timestamp\":\"2023-01-16T17:14:51.794+09:00\",\"traceId\":\"t\",\"data\":[\"1\"]}");

        assertThat(client.productOrderIds("2021123115350910").data()).containsExactly("1");
        assertThat(npay.apiRequests).hasSize(2);
    }

    @Test
    void aWriteThatTimesOutIsSentOnceAndReportedAsOutcomeUnknown() {
        npay.enqueue(new MockResponse.Builder().code(200).body(BULK_OK).headersDelay(3, TimeUnit.SECONDS).build());
        npay.enqueueJson(200, BULK_OK);

        assertThatThrownBy(() -> client.dispatch(List.of(new io.orderdesk.api.dto.DispatchProductOrder(
                PO, io.orderdesk.domain.DeliveryMethod.DIRECT_DELIVERY, null, null, FROM))))
                .isInstanceOfSatisfying(OutcomeUnknownException.class,
                        e -> assertThat(e.userMessage()).contains("확인"));
        assertThat(npay.apiRequests).hasSize(1);
    }

    @Test
    void aWriteAnsweredWithAGatewayTimeoutIsOutcomeUnknownButAReadIsRetried() {
        String timeout = "{\"code\":\"GW.TIMEOUT.01\",\"message\":\"요청 대기 시간이 초과되었습니다.\"}";
        npay.enqueueJson(504, timeout);
        assertThatThrownBy(() -> client.confirm(List.of(PO))).isInstanceOf(OutcomeUnknownException.class);
        assertThat(npay.apiRequests).hasSize(1);

        npay.enqueueJson(504, timeout);
        npay.enqueueJson(504, timeout);
        npay.enqueueJson(504, timeout);
        assertThatThrownBy(() -> client.productOrderIds("1")).isInstanceOf(ServerException.class);
        assertThat(npay.apiRequests).hasSize(4);
    }

    @Test
    void invalidInputCarriesTheApiCodeMessageAndTraceId() {
        npay.enqueueJson(400, """
                {"code":"104139","message":"조회 가능한 날짜 범위를 초과하였습니다.","timestamp":"2023-01-16T17:14:51.794+09:00",
                 "traceId":"tr-400"}""");

        assertThatThrownBy(() -> client.lastChangedStatuses(LastChangedQuery.window(FROM, FROM.plusHours(1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("104139");
                    assertThat(e.traceId()).isEqualTo("tr-400");
                    assertThat(e.apiMessage()).contains("날짜 범위");
                });
    }

    @Test
    void ipNotAllowedTellsTheUserToRegisterTheIp() {
        npay.enqueueJson(403, "{\"code\":\"GW.IP_NOT_ALLOWED\",\"message\":\"호출이 허용되지 않은 IP입니다.\"}");

        assertThatThrownBy(() -> client.productOrderIds("1"))
                .isInstanceOfSatisfying(IpNotAllowedException.class,
                        e -> assertThat(e.userMessage()).contains("IP"));
    }

    @Test
    void malformedJsonAndHtmlPagesBecomeMalformedResponses() {
        npay.enqueueJson(200, "{\"timestamp\":\"2023-01-16T17:14:51.794+09:00\",\"data\":[\"1\"");
        assertThatThrownBy(() -> client.productOrderIds("1"))
                .isInstanceOfSatisfying(MalformedResponseException.class,
                        e -> assertThat(e.traceId()).isEqualTo("mock^200^1"));

        npay.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
                .body("<html><body><h1>502 Bad Gateway</h1></body></html>").build());
        npay.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
                .body("<html><body>점검 중입니다</body></html>").build());
        assertThatThrownBy(() -> client.productOrderIds("1")).isInstanceOf(MalformedResponseException.class);
        assertThatThrownBy(() -> client.productOrderIds("1")).isInstanceOf(MalformedResponseException.class);
    }

    @Test
    void anUnreadableAnswerToAWriteMeansTheOutcomeIsUnknown() {
        npay.enqueueJson(200, "{\"timestamp\":\"2023-01-16T17:14:51.794+09:00\",\"data\":{\"successProductOrderIds\":");

        assertThatThrownBy(() -> client.cancelApprove(PO)).isInstanceOf(OutcomeUnknownException.class)
                .hasCauseInstanceOf(MalformedResponseException.class);
        assertThat(npay.apiRequests).hasSize(1);
    }

    @Test
    void aBadDetailIsSkippedAndReportedWhileTheOthersArrive() {
        npay.enqueueJson(200, """
                {"timestamp":"2026-11-28T10:00:00.000+09:00","traceId":"tr-q","data":[
                  {"productOrder":{"productOrderId":"1","productOrderStatus":"PAYED","quantity":1}},
                  {"productOrder":{"productOrderId":"2","productOrderStatus":"PAYED","quantity":"three"}},
                  {"productOrder":{"productOrderId":"3","productOrderStatus":"SOMETHING_NEW","quantity":2}}]}""");

        NpayResponse<PartialList<ProductOrderDetail>> response = client.queryProductOrders(List.of("1", "2", "3"));

        assertThat(response.data().items()).extracting(d -> d.productOrder().productOrderId()).containsExactly("1", "3");
        assertThat(response.data().rawItems().get(0)).isEqualTo(
                "{\"productOrder\":{\"productOrderId\":\"1\",\"productOrderStatus\":\"PAYED\",\"quantity\":1}}");
        assertThat(response.rejected()).hasSize(1);
        assertThat(response.rejected().get(0).index()).isEqualTo(1);
        assertThat(response.rejected().get(0).productOrderId()).isEqualTo("2");
        assertThat(response.data().items().get(1).productOrder().productOrderStatus().value())
                .isEqualTo(ProductOrderStatus.UNKNOWN);
        assertThat(response.data().items().get(1).productOrder().productOrderStatus().raw()).isEqualTo("SOMETHING_NEW");
    }

    @Test
    void limitsAreCheckedBeforeAnythingIsSent() {
        List<String> ids301 = IntStream.range(0, 301).mapToObj(i -> "2026112800" + (100000 + i)).toList();
        List<String> ids31 = ids301.subList(0, 31);

        assertRejected(() -> client.queryProductOrders(ids301), "300");
        assertRejected(() -> client.queryProductOrders(List.of()), "선택");
        assertRejected(() -> client.confirm(ids31), "30");
        assertRejected(() -> client.confirm(List.of(PO, PO)), PO);
        assertRejected(() -> client.lastChangedStatuses(LastChangedQuery.window(FROM, FROM.plusHours(25))), "24");
        assertRejected(() -> client.lastChangedStatuses(LastChangedQuery.window(FROM, FROM.minusMinutes(1))), "앞설");
        assertRejected(() -> client.lastChangedStatuses(LastChangedQuery.window(FROM, null).withLimit(301)), "300");
        assertRejected(() -> client.productOrders(ConditionalQuery.window(FROM, null, null).withPageSize(0)), "1");
        assertRejected(() -> client.productOrders(ConditionalQuery.window(FROM, null, null).withPage(0)), "1");
        assertRejected(() -> client.cancelApprove(" "), "비어");
        assertRejected(() -> client.dispatch(List.of()), "선택");

        assertThat(npay.apiRequests).isEmpty();
        assertThat(npay.tokenRequests).isEmpty();
    }

    private static void assertRejected(Runnable call, String messagePart) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RequestRejectedException.class, e -> {
            assertThat(e.httpStatus()).isZero();
            assertThat(e.userMessage()).contains(messagePart);
        });
    }

    @Test
    void everyErrorHasAKoreanMessageForTheUser() {
        npay.enqueueJson(500, "{\"code\":\"GW.PROXY.05\",\"message\":\"작업 중 오류가 발생하였습니다.\"}");
        npay.enqueueJson(500, "{\"code\":\"GW.PROXY.05\",\"message\":\"작업 중 오류가 발생하였습니다.\"}");
        npay.enqueueJson(500, "{\"code\":\"GW.PROXY.05\",\"message\":\"작업 중 오류가 발생하였습니다.\"}");
        try {
            client.productOrderIds("1");
        } catch (NpayApiException e) {
            assertThat(e.userMessage()).matches(".*[가-힣].*");
            assertThat(e.getMessage()).contains("GW.PROXY.05");
            return;
        }
        throw new AssertionError("expected a failure");
    }
}
