package io.orderdesk.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RateLimitInterceptorTest {

    private final MockWebServer server = new MockWebServer();
    private final FakeTime time = new FakeTime();
    private final RateLimiter limiter = new RateLimiter(2, 2, time, time);
    private final OkHttpClient client = new OkHttpClient.Builder()
            .addInterceptor(new RateLimitInterceptor(limiter))
            .build();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aBurstIsPacedAtTheRateTheGatewayReports() throws Exception {
        int calls = 6;
        for (int i = 0; i < calls; i++) {
            server.enqueue(limited("5", "10", "0"));
        }

        for (int i = 0; i < calls; i++) {
            assertThat(TestCalls.status(client, TestCalls.write(server.url("/confirm")))).isEqualTo(200);
        }

        assertThat(time.sleeps()).hasSize(calls - 1)
                .allSatisfy(wait -> assertThat(wait.toNanos()).isCloseTo(200_000_000L, within(1_000L)));
        assertThat(server.getRequestCount()).isEqualTo(calls);
    }

    @Test
    void separateEndpointsDoNotShareBuckets() throws Exception {
        server.enqueue(limited("5", "10", "0"));
        server.enqueue(limited("5", "10", "0"));
        server.enqueue(limited("5", "10", "0"));

        TestCalls.status(client, TestCalls.write(server.url("/confirm")));
        TestCalls.status(client, TestCalls.read(server.url("/query")));
        assertThat(time.sleeps()).isEmpty();

        TestCalls.status(client, TestCalls.write(server.url("/confirm")));
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(200));
    }

    @Test
    void garbageHeadersLeaveTheDefaultsInPlace() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(limited("lots", "", "-1"));
        }

        for (int i = 0; i < 3; i++) {
            TestCalls.status(client, TestCalls.write(server.url("/confirm")));
        }

        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void a429StillFeedsItsHeadersIntoTheLimiter() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429)
                .addHeader("GNCP-GW-RateLimit-Replenish-Rate", "1")
                .addHeader("GNCP-GW-RateLimit-Remaining", "0")
                .body("{\"code\":\"GW.RATE_LIMIT\"}")
                .build());
        server.enqueue(new MockResponse.Builder().build());

        assertThat(TestCalls.status(client, TestCalls.write(server.url("/confirm")))).isEqualTo(429);
        TestCalls.status(client, TestCalls.write(server.url("/confirm")));

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
    }

    private static MockResponse limited(String rate, String burst, String remaining) {
        return new MockResponse.Builder()
                .addHeader("GNCP-GW-RateLimit-Replenish-Rate", rate)
                .addHeader("GNCP-GW-RateLimit-Burst-Capacity", burst)
                .addHeader("gncp-gw-ratelimit-remaining", remaining)
                .body("{}")
                .build();
    }
}
