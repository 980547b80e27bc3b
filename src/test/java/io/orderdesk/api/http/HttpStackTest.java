package io.orderdesk.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderdesk.api.auth.IssuedToken;
import io.orderdesk.api.auth.MutableClock;
import io.orderdesk.api.auth.TokenIssuer;
import io.orderdesk.api.auth.TokenManager;
import io.orderdesk.api.error.AuthenticationException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.http.GET;
import retrofit2.http.POST;

/** The whole stack through Retrofit, against a MockWebServer, with fake clocks. */
class HttpStackTest {

    interface TinyApi {
        @ReadOnly
        @POST("v1/pay-order/mall/product-orders/query")
        Call<ResponseBody> query();

        @GET("v1/pay-order/mall/product-orders")
        Call<ResponseBody> list();

        @POST("v1/pay-order/mall/product-orders/confirm")
        Call<ResponseBody> confirm();
    }

    private final MockWebServer server = new MockWebServer();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T00:00:00Z"));
    private final AtomicInteger issued = new AtomicInteger();
    private final TokenManager tokens = new TokenManager(
            () -> new IssuedToken("token-" + issued.incrementAndGet(), 10_800, clock.instant()), clock);
    private final FakeTime limiterTime = new FakeTime();
    private final RateLimiter limiter = new RateLimiter(1_000, 100, limiterTime, limiterTime);
    private final TraceCapture trace = new TraceCapture();
    private final FakeTime retryTime = new FakeTime();
    private OkHttpClient http;
    private TinyApi api;

    @BeforeEach
    void start() throws Exception {
        server.start();
        Sleeper sleeperThatLetsTokensAge = duration -> {
            retryTime.sleep(duration);
            clock.advance(Duration.ofHours(1));
        };
        http = HttpStack.configure(new OkHttpClient.Builder(), tokens, limiter, RetryPolicy.defaults(),
                sleeperThatLetsTokensAge, trace).build();
        api = new Retrofit.Builder().baseUrl(server.url("/npay/partner/")).client(http).build()
                .create(TinyApi.class);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void installsTheInterceptorsOutermostFirstAndTheTimeouts() {
        assertThat(http.interceptors()).extracting(interceptor -> interceptor.getClass().getSimpleName())
                .containsExactly("TraceCapture", "RetryInterceptor", "AuthInterceptor", "RateLimitInterceptor");
        assertThat(http.connectTimeoutMillis()).isEqualTo(10_000);
        assertThat(http.readTimeoutMillis()).isEqualTo(30_000);
        assertThat(http.callTimeoutMillis()).isZero();
    }

    @Test
    void oneTokenServesManyCallsUntilLessThanThirtyMinutesRemain() throws Exception {
        for (int i = 0; i < 7; i++) {
            server.enqueue(ok());
        }

        for (int i = 0; i < 5; i++) {
            execute(api.list());
        }
        clock.advance(Duration.ofHours(2).plusMinutes(30));
        execute(api.query());
        assertThat(issued).hasValue(1);

        clock.advance(Duration.ofSeconds(1));
        execute(api.confirm());
        assertThat(issued).hasValue(2);

        for (int i = 0; i < 6; i++) {
            assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
        }
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-2");
    }

    @Test
    void aRejectedTokenCausesExactlyOneResendWithAFreshToken() throws Exception {
        server.enqueue(authn());
        server.enqueue(ok());

        assertThat(execute(api.confirm()).code()).isEqualTo(200);

        String first = server.takeRequest().getHeaders().get("Authorization");
        String second = server.takeRequest().getHeaders().get("Authorization");
        assertThat(first).isNotEqualTo(second);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(limiter.snapshot("confirm").available()).isEqualTo(98.0);
    }

    @Test
    void aSecondRejectionIsNotRetriedByAnyLayer() throws Exception {
        server.enqueue(authn());
        server.enqueue(authn());
        server.enqueue(ok());

        assertThat(execute(api.query()).code()).isEqualTo(401);

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(retryTime.sleeps()).isEmpty();
    }

    @Test
    void aRetryAsksForTheTokenAgainAndTakesItsOwnPermit() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).addHeader("GNCP-GW-Trace-ID", "t-503").build());
        server.enqueue(new MockResponse.Builder().addHeader("GNCP-GW-Trace-ID", "t-200").body("{}").build());
        server.enqueue(ok());
        tokens.currentToken();
        clock.advance(Duration.ofHours(1).plusMinutes(50));

        assertThat(execute(api.query()).code()).isEqualTo(200);

        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-2");
        assertThat(limiter.snapshot("query").available()).isEqualTo(98.0);
        assertThat(trace.lastTraceId()).isEqualTo("t-200");
    }

    @Test
    void aFailedTokenRequestSurfacesAsItsTypedErrorAndNothingIsSent() {
        TokenManager refused = new TokenManager(() -> {
            throw new AuthenticationException(TokenIssuer.ENDPOINT, 400, "BadRequest", null, "application invalid");
        }, clock);
        OkHttpClient client = HttpStack.configure(new OkHttpClient.Builder(), refused, limiter, RetryPolicy.defaults(),
                retryTime, trace).build();
        TinyApi refusedApi = new Retrofit.Builder().baseUrl(server.url("/npay/partner/")).client(client).build()
                .create(TinyApi.class);

        assertThatThrownBy(() -> refusedApi.confirm().execute()).isInstanceOf(AuthenticationException.class);
        assertThat(server.getRequestCount()).isZero();
        assertThat(retryTime.sleeps()).isEmpty();
    }

    private static Response<ResponseBody> execute(Call<ResponseBody> call) throws Exception {
        Response<ResponseBody> response = call.execute();
        if (response.body() != null) {
            response.body().close();
        }
        if (response.errorBody() != null) {
            response.errorBody().close();
        }
        return response;
    }

    private static MockResponse ok() {
        return new MockResponse.Builder().body("{}").build();
    }

    private static MockResponse authn() {
        return new MockResponse.Builder().code(401)
                .addHeader("gncp-gw-trace-id", "cr3-000000-aaaaaa^1730711073284^6745261")
                .body("{\"code\":\"GW.AUTHN\",\"message\":\"요청을 보낼 권한이 없습니다.\"}")
                .build();
    }
}
