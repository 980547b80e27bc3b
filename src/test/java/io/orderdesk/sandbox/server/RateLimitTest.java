package io.orderdesk.sandbox.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.sandbox.Endpoint;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private static final String LAST_CHANGED = "/v1/pay-order/mall/product-orders/last-changed-statuses";

    private final GatewayFixture fx = new GatewayFixture(2);

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void servesTheBurstThenAnswers429WithConsistentHeaders() {
        String token = fx.token();
        for (int expectedRemaining = 3; expectedRemaining >= 0; expectedRemaining--) {
            HttpResponse<String> ok = fx.get(LAST_CHANGED, token);
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.headers().firstValue("GNCP-GW-RateLimit-Remaining")).hasValue(Integer.toString(expectedRemaining));
        }

        HttpResponse<String> limited = fx.get(LAST_CHANGED, token);

        assertThat(limited.statusCode()).isEqualTo(429);
        Map<String, Object> body = GatewayFixture.json(limited);
        assertThat(body.get("code")).isEqualTo("GW.RATE_LIMIT");
        assertThat(body.get("message")).isEqualTo("요청이 많아 서비스를 일시적으로 사용할 수 없습니다.");
        assertThat(limited.headers().firstValue("GNCP-GW-RateLimit-Replenish-Rate")).hasValue("2");
        assertThat(limited.headers().firstValue("GNCP-GW-RateLimit-Burst-Capacity")).hasValue("4");
        assertThat(limited.headers().firstValue("GNCP-GW-RateLimit-Remaining")).hasValue("0");
        assertThat(limited.headers().firstValue("Retry-After")).isEmpty();
        assertThat(fx.shop.count(Endpoint.LAST_CHANGED_STATUSES)).isEqualTo(4);
    }

    @Test
    void limitsEachEndpointSeparatelyAndRefillsOverRealTime() {
        String token = fx.token();
        for (int i = 0; i < 4; i++) {
            fx.get(LAST_CHANGED, token);
        }
        assertThat(fx.get(LAST_CHANGED, token).statusCode()).isEqualTo(429);
        assertThat(fx.get("/v1/pay-order/mall/reviews", token).statusCode()).isEqualTo(200);

        // The sandbox clock does not refill buckets; only the (here hand-turned) monotonic ticker does.
        fx.clock.advance(Duration.ofHours(1));
        assertThat(fx.get(LAST_CHANGED, token).statusCode()).isEqualTo(429);

        fx.ticker.advance(Duration.ofMillis(500));
        HttpResponse<String> refilled = fx.get(LAST_CHANGED, token);
        assertThat(refilled.statusCode()).isEqualTo(200);
        assertThat(refilled.headers().firstValue("GNCP-GW-RateLimit-Remaining")).hasValue("0");
    }
}
