package io.orderdesk.sandbox.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.sandbox.ApiResult;
import io.orderdesk.sandbox.Endpoint;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GatewayApiTest {

    private static final String LAST_CHANGED = "/v1/pay-order/mall/product-orders/last-changed-statuses";
    private static final String QUERY = "/v1/pay-order/mall/product-orders/query";

    private final GatewayFixture fx = new GatewayFixture();

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void wrapsShopDataInTheEnvelopeWithTheGatewayHeaders() {
        HttpResponse<String> response = fx.get(LAST_CHANGED + "?lastChangedFrom=x", fx.token());

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> body = GatewayFixture.json(response);
        assertThat(body).containsOnlyKeys("timestamp", "traceId", "data");
        assertThat(body.get("timestamp")).isEqualTo("2026-12-01T10:00:00.000+09:00");
        assertThat(body.get("data")).isEqualTo(Map.of("endpoint", "LAST_CHANGED_STATUSES"));
        assertThat(response.body()).startsWith("{\"timestamp\":");
        assertGatewayHeaders(response, (String) body.get("traceId"));
    }

    @Test
    void requiresAValidBearerToken() {
        String token = fx.token();

        assertAuthError(fx.get(LAST_CHANGED, null));
        assertAuthError(fx.get(LAST_CHANGED, token + "x"));
        assertAuthError(fx.send(HttpRequest.newBuilder(URI.create(fx.api(LAST_CHANGED)))
                .header("Authorization", token)));
        assertThat(fx.send(HttpRequest.newBuilder(URI.create(fx.api(LAST_CHANGED)))
                .header("Authorization", "bearer " + token)).statusCode()).isEqualTo(200);
        assertThat(fx.shop.count(Endpoint.LAST_CHANGED_STATUSES)).isEqualTo(1);
    }

    @Test
    void answersUnknownPathsAndMethodsWithNotFound() {
        String token = fx.token();

        assertNotFound(fx.get("/v1/pay-order/seller/product-orders/last-changed-statuses", token));
        assertNotFound(fx.get(QUERY, token));
        assertNotFound(fx.post("/v1/pay-order/mall/product-orders/1/claim/exchange/collect/approve", "{}", token));
        assertNotFound(fx.send(HttpRequest.newBuilder(URI.create(fx.url("/elsewhere")))));
        assertThat(fx.shop.received).isEmpty();
    }

    @Test
    void decodesPathQueryAndBodyForTheShop() {
        String token = fx.token();
        fx.get(LAST_CHANGED + "?lastChangedFrom=2026-12-01T09%3A00%3A00.000%2B09%3A00"
                + "&lastChangedType=PAYED&lastChangedType=CLAIM_REQUESTED", token);

        assertThat(fx.shop.last().query().get("lastChangedFrom")).containsExactly("2026-12-01T09:00:00.000+09:00");
        assertThat(fx.shop.last().query().get("lastChangedType")).containsExactly("PAYED", "CLAIM_REQUESTED");
        assertThat(fx.shop.last().body()).isNull();

        fx.get(LAST_CHANGED + "?lastChangedFrom=2026-12-01T09:00:00.000+09:00", token);
        assertThat(fx.shop.last().query().get("lastChangedFrom")).containsExactly("2026-12-01T09:00:00.000 09:00");

        fx.post("/v1/pay-order/mall/product-orders/2026%2F1/delay",
                "{\"dispatchDueDate\":\"2026-12-05T00:00:00.000+09:00\",\"delayedDispatchReason\":\"ETC\"}", token);
        assertThat(fx.shop.last().pathParams()).isEqualTo(Map.of("productOrderId", "2026/1"));
        assertThat(fx.shop.last().body()).isEqualTo(Map.of(
                "dispatchDueDate", "2026-12-05T00:00:00.000+09:00", "delayedDispatchReason", "ETC"));
    }

    @Test
    void answersMalformedJsonWith4000WithoutCallingTheShop() {
        HttpResponse<String> response = fx.post(QUERY, "{\"productOrderIds\": [\"1\",", fx.token());

        assertThat(response.statusCode()).isEqualTo(400);
        Map<String, Object> body = GatewayFixture.json(response);
        assertThat(body).containsOnlyKeys("code", "message", "timestamp", "traceId");
        assertThat(body.get("code")).isEqualTo("4000");
        assertThat(fx.shop.received).isEmpty();
    }

    @Test
    void writesShopErrorsAsTheFourKeyErrorBody() {
        fx.shop.answer(Endpoint.PRODUCT_ORDER_IDS, request -> ApiResult.error(400, "100003", "주문을 찾을 수 없음"));

        HttpResponse<String> response = fx.get("/v1/pay-order/mall/orders/404/product-order-ids", fx.token());

        assertThat(response.statusCode()).isEqualTo(400);
        Map<String, Object> body = GatewayFixture.json(response);
        assertThat(body.get("code")).isEqualTo("100003");
        assertThat(body.get("message")).isEqualTo("주문을 찾을 수 없음");
        assertGatewayHeaders(response, (String) body.get("traceId"));
    }

    @Test
    void turnsAShopCrashIntoA500ErrorBody() {
        fx.shop.answer(Endpoint.REVIEWS, request -> {
            throw new IllegalStateException("boom");
        });

        HttpResponse<String> response = fx.get("/v1/pay-order/mall/reviews", fx.token());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(GatewayFixture.json(response)).containsKeys("code", "message", "timestamp", "traceId");
    }

    @Test
    void givesEveryResponseItsOwnTraceId() {
        String token = fx.token();
        String first = fx.get(LAST_CHANGED, token).headers().firstValue("GNCP-GW-Trace-ID").orElseThrow();
        String second = fx.get(LAST_CHANGED, token).headers().firstValue("GNCP-GW-Trace-ID").orElseThrow();

        assertThat(first).matches("sbx-[0-9a-f]{6}\\^" + GatewayFixture.START.toEpochMilli() + "\\^\\d+");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void keepsUtf8Intact() {
        fx.shop.answer(Endpoint.QUERY_PRODUCT_ORDERS, request -> ApiResult.ok(List.of(Map.of("name", "김네이버"))));

        HttpResponse<String> response = fx.post(QUERY, "{\"productOrderIds\":[\"1\"]}", fx.token());

        assertThat(response.body()).contains("김네이버");
    }

    static void assertGatewayHeaders(HttpResponse<String> response, String traceId) {
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
        assertThat(response.headers().firstValue("GNCP-GW-Trace-ID")).hasValue(traceId);
        assertThat(response.headers().firstValue("GNCP-GW-HttpClient-ResponseTime")).hasValueSatisfying(
                value -> assertThat(value).matches("\\d+"));
        assertThat(response.headers().firstValue("GNCP-GW-RateLimit-Replenish-Rate")).hasValue("10");
        assertThat(response.headers().firstValue("GNCP-GW-RateLimit-Burst-Capacity")).hasValue("20");
        assertThat(response.headers().firstValue("GNCP-GW-RateLimit-Remaining")).isPresent();
    }

    private static void assertAuthError(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        Map<String, Object> body = GatewayFixture.json(response);
        assertThat(body.get("code")).isEqualTo("GW.AUTHN");
        assertThat(body.get("message")).isEqualTo("요청을 보낼 권한이 없습니다.");
        assertGatewayHeaders(response, (String) body.get("traceId"));
    }

    private static void assertNotFound(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(404);
        Map<String, Object> body = GatewayFixture.json(response);
        assertThat(body.get("code")).isEqualTo("GW.NOT_FOUND");
        assertThat(body.get("message")).isEqualTo("요청하신 리소스를 찾을 수 없습니다.");
        assertGatewayHeaders(response, (String) body.get("traceId"));
    }
}
