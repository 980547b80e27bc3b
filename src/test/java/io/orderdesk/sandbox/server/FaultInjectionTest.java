package io.orderdesk.sandbox.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Moshi;
import io.orderdesk.sandbox.Endpoint;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaultInjectionTest {

    private static final String LAST_CHANGED = "/v1/pay-order/mall/product-orders/last-changed-statuses";
    private static final String QUERY = "/v1/pay-order/mall/product-orders/query";
    private static final String DISPATCH = "/v1/pay-order/mall/product-orders/dispatch";
    private static final String DISPATCH_BODY =
            "{\"dispatchProductOrders\":[{\"productOrderId\":\"1001\",\"deliveryMethod\":\"DELIVERY\"}]}";

    private final GatewayFixture fx = new GatewayFixture();

    @AfterEach
    void stop() {
        fx.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "RATE_LIMIT, 429, GW.RATE_LIMIT, 요청이 많아 서비스를 일시적으로 사용할 수 없습니다.",
            "SERVER_ERROR, 500, GW.INTERNAL_SERVER_ERROR, 작업 중 오류가 발생하였습니다.",
            "UNAVAILABLE, 503, GW.BLOCK.01, 서비스를 일시적으로 사용할 수 없습니다.",
            "GATEWAY_TIMEOUT, 504, GW.TIMEOUT.01, 요청 대기 시간이 초과되었습니다.",
            "IP_NOT_ALLOWED, 403, GW.IP_NOT_ALLOWED, 호출이 허용되지 않은 IP입니다."})
    void rejectingFaultsAnswerLikeTheGatewayAndNeverReachTheShop(FaultKind kind, int status, String code,
                                                                 String message) {
        String token = fx.token();
        fx.gateway.faults().add(Fault.of("DISPATCH", kind));

        HttpResponse<String> response = fx.post(DISPATCH, DISPATCH_BODY, token);

        assertThat(response.statusCode()).isEqualTo(status);
        Map<String, Object> body = GatewayFixture.json(response);
        assertThat(body).containsEntry("code", code).containsEntry("message", message);
        GatewayApiTest.assertGatewayHeaders(response, (String) body.get("traceId"));
        assertThat(fx.shop.count(Endpoint.DISPATCH)).isZero();
        CallRecord call = lastCall();
        assertThat(call.applied()).isFalse();
        assertThat(call.fault()).isEqualTo(kind);
        assertThat(call.productOrderIds()).containsExactly("1001");
    }

    @Test
    void ipNotAllowedComesBeforeTheTokenCheck() {
        fx.gateway.faults().add(Fault.of("*", FaultKind.IP_NOT_ALLOWED));

        assertThat(fx.get(LAST_CHANGED, null).statusCode()).isEqualTo(403);
        assertThat(fx.requestToken(fx.tokenFields()).statusCode()).isEqualTo(403);
    }

    @Test
    void rateLimitFaultShowsAnEmptyBucket() {
        String token = fx.token();
        fx.gateway.faults().add(Fault.of("LAST_CHANGED_STATUSES", FaultKind.RATE_LIMIT));

        assertThat(fx.get(LAST_CHANGED, token).headers().firstValue("GNCP-GW-RateLimit-Remaining")).hasValue("0");
    }

    @Test
    void holdAppliesTheWriteAndKeepsTheAnswerBack() {
        String token = fx.token();
        fx.gateway.faults().add(Fault.of("DISPATCH", FaultKind.HOLD).withLatencyMs(5_000));
        HttpRequest request = HttpRequest.newBuilder(URI.create(fx.api(DISPATCH)))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMillis(300))
                .POST(HttpRequest.BodyPublishers.ofString(DISPATCH_BODY))
                .build();

        assertThatThrownBy(() -> fx.http.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
        awaitShopCalls(Endpoint.DISPATCH, 1);
        assertThat(fx.shop.count(Endpoint.DISPATCH)).isEqualTo(1);
        CallRecord call = lastCall();
        assertThat(call.applied()).isTrue();
        assertThat(call.status()).isEqualTo(200);
        assertThat(call.fault()).isEqualTo(FaultKind.HOLD);
    }

    @Test
    void holdOnAReadAnswersLate() {
        String token = fx.token();
        fx.gateway.faults().add(Fault.of("LAST_CHANGED_STATUSES", FaultKind.HOLD).withLatencyMs(200));
        long start = System.nanoTime();

        HttpResponse<String> response = fx.get(LAST_CHANGED, token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void latencyDelaysTheCallThenAnswersNormally() {
        String token = fx.token();
        fx.gateway.faults().add(Fault.of("*", FaultKind.LATENCY).withLatencyMs(250));
        long start = System.nanoTime();

        HttpResponse<String> response = fx.get(LAST_CHANGED, token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
        assertThat(fx.shop.count(Endpoint.LAST_CHANGED_STATUSES)).isEqualTo(1);
    }

    @Test
    void tokenExpiryEndsEveryIssuedTokenSoTheClientMustGetANewOne() {
        String token = fx.token();
        fx.gateway.faults().add(Fault.of("*", FaultKind.TOKEN_EXPIRY).withCount(1));

        HttpResponse<String> expired = fx.get(LAST_CHANGED, token);

        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(GatewayFixture.json(expired).get("code")).isEqualTo("GW.AUTHN");
        assertThat(fx.get(LAST_CHANGED, token).statusCode()).isEqualTo(401);
        String fresh = fx.token();
        assertThat(fresh).isNotEqualTo(token);
        assertThat(fx.get(LAST_CHANGED, fresh).statusCode()).isEqualTo(200);
    }

    @Test
    void malformedJsonIsA200WithABodyCutShortAfterTheCallWasApplied() {
        String token = fx.token();
        fx.gateway.faults().add(Fault.of("DISPATCH", FaultKind.MALFORMED_JSON));

        HttpResponse<String> response = fx.post(DISPATCH, DISPATCH_BODY, token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"timestamp\"");
        assertThatThrownBy(() -> new Moshi.Builder().build().adapter(Object.class).fromJson(response.body()))
                .isInstanceOf(java.io.IOException.class);
        assertThat(fx.shop.count(Endpoint.DISPATCH)).isEqualTo(1);
    }

    @Test
    void htmlErrorIsA502PageFromAProxy() {
        String token = fx.token();
        fx.gateway.faults().add(Fault.of("LAST_CHANGED_STATUSES", FaultKind.HTML_ERROR));

        HttpResponse<String> response = fx.get(LAST_CHANGED, token);

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(response.body()).contains("<html>").contains("502 Bad Gateway");
        assertThat(response.headers().firstValue("GNCP-GW-Trace-ID")).isPresent();
        assertThat(fx.shop.count(Endpoint.LAST_CHANGED_STATUSES)).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void badItemSpoilsExactlyOneDetailOfAQuery() {
        String token = fx.token();
        fx.gateway.faults().add(Fault.of("QUERY_PRODUCT_ORDERS", FaultKind.BAD_ITEM).withCount(1));

        List<Map<String, Object>> spoiled = (List<Map<String, Object>>) GatewayFixture
                .json(fx.post(QUERY, "{\"productOrderIds\":[\"1001\",\"1002\",\"1003\"]}", token)).get("data");
        List<Map<String, Object>> clean = (List<Map<String, Object>>) GatewayFixture
                .json(fx.post(QUERY, "{\"productOrderIds\":[\"1001\",\"1002\",\"1003\"]}", token)).get("data");

        assertThat(spoiled).extracting(detail -> ((Map<String, Object>) detail.get("productOrder")).get("quantity"))
                .containsExactly(3.0, "three", 3.0);
        assertThat(clean).extracting(detail -> ((Map<String, Object>) detail.get("productOrder")).get("quantity"))
                .containsExactly(3.0, 3.0, 3.0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void badItemSpoilsOneEntryOfTheConditionalRead() {
        String token = fx.token();
        fx.gateway.faults().add(Fault.of("*", FaultKind.BAD_ITEM));

        HttpResponse<String> dispatch = fx.post(DISPATCH, DISPATCH_BODY, token);
        Map<String, Object> data = (Map<String, Object>) GatewayFixture
                .json(fx.get("/v1/pay-order/mall/product-orders?from=x", token)).get("data");

        assertThat(GatewayFixture.json(dispatch).get("data")).isEqualTo(Map.of("endpoint", "DISPATCH"));
        assertThat((List<Map<String, Object>>) data.get("contents"))
                .extracting(entry -> ((Map<String, Object>) ((Map<String, Object>) entry.get("content"))
                        .get("productOrder")).get("quantity"))
                .containsExactly(3.0, "three", 3.0);
    }

    @Test
    void countRetiresAFaultAfterThatManyCalls() {
        String token = fx.token();
        fx.gateway.faults().add(Fault.of("LAST_CHANGED_STATUSES", FaultKind.SERVER_ERROR).withCount(2));

        assertThat(fx.get(LAST_CHANGED, token).statusCode()).isEqualTo(500);
        assertThat(fx.gateway.faults().list()).extracting(Fault::count).containsExactly(1);
        assertThat(fx.get(LAST_CHANGED, token).statusCode()).isEqualTo(500);
        assertThat(fx.get(LAST_CHANGED, token).statusCode()).isEqualTo(200);
        assertThat(fx.gateway.faults().list()).isEmpty();
    }

    @Test
    void rateRollsSeededDiceSoTheSameSeedGivesTheSamePattern() {
        assertThat(pattern(7L)).isEqualTo(pattern(7L)).contains("F").contains(".");
    }

    @Test
    void tokenFaultsHitTheTokenCall() {
        fx.gateway.faults().add(Fault.of(Fault.TOKEN, FaultKind.UNAVAILABLE).withCount(1));

        assertThat(fx.requestToken(fx.tokenFields()).statusCode()).isEqualTo(503);
        assertThat(fx.requestToken(fx.tokenFields()).statusCode()).isEqualTo(200);
    }

    private CallRecord lastCall() {
        List<CallRecord> calls = fx.gateway.calls().calls();
        return calls.get(calls.size() - 1);
    }

    /** The write is applied before the answer is held; on a very slow machine the client may still give up first. */
    private void awaitShopCalls(Endpoint endpoint, int calls) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (fx.shop.count(endpoint) < calls && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    private static String pattern(long seed) {
        Faults faults = new Faults(seed);
        faults.add(Fault.of("CONFIRM", FaultKind.SERVER_ERROR).withRate(0.5));
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            pattern.append(faults.pick("CONFIRM", kind -> true).isPresent() ? 'F' : '.');
        }
        return pattern.toString();
    }
}
