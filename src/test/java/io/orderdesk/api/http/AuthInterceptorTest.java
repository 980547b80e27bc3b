package io.orderdesk.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.api.auth.IssuedToken;
import io.orderdesk.api.auth.MutableClock;
import io.orderdesk.api.auth.TokenManager;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthInterceptorTest {

    /** §9.4 verbatim: lower-case header names, pretty-printed body. */
    private static final String AUTHN_BODY = """
            {
                "code":"GW.AUTHN",
                "message":"요청을 보낼 권한이 없습니다.",
                "timestamp":"2023-11-05T23:35:24.415+09:00",
                "traceId":"cr3-000000-aaaaaa^1730711073284^6745261"
            }""";

    private final MockWebServer server = new MockWebServer();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T00:00:00Z"));
    private final AtomicInteger issued = new AtomicInteger();
    private final TokenManager tokens = new TokenManager(
            () -> new IssuedToken("token-" + issued.incrementAndGet(), 10_800, clock.instant()), clock);
    private final OkHttpClient client = new OkHttpClient.Builder().addInterceptor(new AuthInterceptor(tokens)).build();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void addsTheBearerTokenToApiCalls() throws Exception {
        server.enqueue(new MockResponse.Builder().body("{}").build());

        TestCalls.status(client, TestCalls.read(server.url("/v1/pay-order/mall/product-orders/query")));

        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
    }

    @Test
    void theTokenRequestGoesOutWithoutABearerToken() throws Exception {
        server.enqueue(new MockResponse.Builder().body("{}").build());
        Request token = new Request.Builder().url(server.url("/npay/partner/v1/oauth2/token"))
                .post(RequestBody.create("grant_type=client_credentials", null)).build();

        TestCalls.status(client, token);

        assertThat(server.takeRequest().getHeaders().get("Authorization")).isNull();
        assertThat(issued).hasValue(0);
    }

    @Test
    void aRejectedTokenIsRenewedAndTheCallSentOnceMore() throws Exception {
        server.enqueue(authn());
        server.enqueue(new MockResponse.Builder().body("{\"data\":1}").build());

        try (Response response = client.newCall(TestCalls.write(server.url("/confirm"))).execute()) {
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.body().string()).isEqualTo("{\"data\":1}");
        }

        assertThat(bearerOf(server.takeRequest())).isEqualTo("Bearer token-1");
        assertThat(bearerOf(server.takeRequest())).isEqualTo("Bearer token-2");
    }

    @Test
    void aSecondRejectionIsReturnedAsItIsWithItsBodyIntact() throws Exception {
        server.enqueue(authn());
        server.enqueue(authn());
        server.enqueue(new MockResponse.Builder().body("{}").build());

        try (Response response = client.newCall(TestCalls.read(server.url("/query"))).execute()) {
            assertThat(response.code()).isEqualTo(401);
            assertThat(response.body().string()).contains("GW.AUTHN");
        }

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(issued).hasValue(2);
    }

    @Test
    void a401WithoutGwAuthnIsNotRetried() throws Exception {
        server.enqueue(new MockResponse.Builder().code(401).body("<html>no</html>").build());
        server.enqueue(new MockResponse.Builder().body("{}").build());

        assertThat(TestCalls.status(client, TestCalls.read(server.url("/query")))).isEqualTo(401);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    private static MockResponse authn() {
        return new MockResponse.Builder()
                .code(401)
                .addHeader("content-type", "application/json")
                .addHeader("gncp-gw-trace-id", "cr3-000000-aaaaaa^1730711073284^6745261")
                .body(AUTHN_BODY)
                .build();
    }

    private static String bearerOf(RecordedRequest request) {
        return request.getHeaders().get("Authorization");
    }
}
