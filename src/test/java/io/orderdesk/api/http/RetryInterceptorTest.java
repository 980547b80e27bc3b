package io.orderdesk.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderdesk.api.error.IoFailures;
import io.orderdesk.api.error.OutcomeUnknownIoException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetryInterceptorTest {

    private static final RetryPolicy POLICY = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8));

    private final MockWebServer server = new MockWebServer();
    private final FakeTime time = new FakeTime();
    private final OkHttpClient client = new OkHttpClient.Builder()
            .addInterceptor(new RetryInterceptor(POLICY, time, () -> 0.999_999))
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
    void aReadSucceedsAfterTwoUnavailableAnswers() throws Exception {
        server.enqueue(status(503, ""));
        server.enqueue(status(503, ""));
        server.enqueue(status(200, "{}"));

        assertThat(TestCalls.status(client, TestCalls.read(server.url("/query")))).isEqualTo(200);

        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(time.sleeps()).hasSize(2);
        assertThat(time.sleeps().get(1)).isGreaterThan(time.sleeps().get(0));
    }

    @Test
    void aReadThatIsRateLimitedForeverStopsAfterMaxAttempts() throws Exception {
        for (int i = 0; i < 10; i++) {
            server.enqueue(status(429, "{\"code\":\"GW.RATE_LIMIT\"}"));
        }

        assertThat(TestCalls.status(client, TestCalls.read(server.url("/query")))).isEqualTo(429);

        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(time.sleeps()).hasSize(3);
    }

    @Test
    void aReadIsRetriedAfterAnIoFailure() throws Exception {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(status(200, "{}"));

        assertThat(TestCalls.status(client, TestCalls.read(server.url("/query")))).isEqualTo(200);
        assertThat(time.sleeps()).hasSize(1);
    }

    @Test
    void aWriteWhoseAnswerNeverComesIsSentOnceAndItsOutcomeIsUnknown() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        server.enqueue(status(200, "{}"));

        OkHttpClient impatient = client.newBuilder().readTimeout(Duration.ofMillis(100)).build();

        assertThatThrownBy(() -> TestCalls.status(impatient, TestCalls.write(server.url("/confirm"))))
                .isInstanceOf(OutcomeUnknownIoException.class)
                .satisfies(e -> assertThat(((OutcomeUnknownIoException) e).endpoint()).isEqualTo("confirmThings"));

        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(time.sleeps()).isEmpty();
    }

    /** Plain OkHttp would silently send the POST again on a new connection when a pooled one drops. */
    @Test
    void aWriteWhoseConnectionDropsAfterSendingIsNotResentEvenByOkHttpItself() throws Exception {
        server.enqueue(status(200, "{}"));
        server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(status(200, "{}"));
        TestCalls.status(client, TestCalls.read(server.url("/query")));

        assertThatThrownBy(() -> TestCalls.status(client, TestCalls.write(server.url("/confirm"))))
                .isInstanceOf(OutcomeUnknownIoException.class);

        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aWriteTurnedAwayByTheRateLimitIsRetried() throws Exception {
        server.enqueue(status(429, "{\"code\":\"GW.RATE_LIMIT\",\"message\":\"요청이 많아 서비스를 일시적으로 사용할 수 없습니다.\"}"));
        server.enqueue(status(200, "{}"));

        assertThat(TestCalls.status(client, TestCalls.write(server.url("/confirm")))).isEqualTo(200);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aWriteBlockedByTheGatewayIsRetried() throws Exception {
        server.enqueue(status(503, "{\"code\":\"GW.BLOCK.01\"}"));
        server.enqueue(status(200, "{}"));

        assertThat(TestCalls.status(client, TestCalls.write(server.url("/confirm")))).isEqualTo(200);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aWriteIsNotRetriedWhenTheServerMayHaveActed() throws Exception {
        server.enqueue(status(504, "{\"code\":\"GW.TIMEOUT.01\"}"));
        server.enqueue(status(503, "<html>busy</html>"));
        server.enqueue(status(429, ""));
        server.enqueue(status(500, "{\"code\":\"GW.PROXY.03\"}"));

        assertThat(TestCalls.status(client, TestCalls.write(server.url("/confirm")))).isEqualTo(504);
        assertThat(TestCalls.status(client, TestCalls.write(server.url("/confirm")))).isEqualTo(503);
        assertThat(TestCalls.status(client, TestCalls.write(server.url("/confirm")))).isEqualTo(429);
        assertThat(TestCalls.status(client, TestCalls.write(server.url("/confirm")))).isEqualTo(500);
        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void aWriteToAClosedPortIsRetriedAndFailsAsNotSent() throws Exception {
        HttpUrl closed = HttpUrl.get("http://127.0.0.1:" + freePort() + "/confirm");

        assertThatThrownBy(() -> TestCalls.status(client, TestCalls.write(closed)))
                .isInstanceOf(ConnectException.class)
                .satisfies(e -> assertThat(IoFailures.provablyNotSent((IOException) e)).isTrue());

        assertThat(time.sleeps()).hasSize(POLICY.maxAttempts() - 1);
    }

    @Test
    void retryAfterSecondsReplaceTheBackoffUpToTheCap() throws Exception {
        server.enqueue(status(503, "").newBuilder().addHeader("Retry-After", "3").build());
        server.enqueue(status(503, "").newBuilder().addHeader("Retry-After", "120").build());
        server.enqueue(status(503, "").newBuilder().addHeader("Retry-After", "Wed, 21 Oct 2026 07:28:00 GMT").build());
        server.enqueue(status(200, "{}"));

        assertThat(TestCalls.status(client, TestCalls.read(server.url("/query")))).isEqualTo(200);

        assertThat(time.sleeps().get(0)).isEqualTo(Duration.ofSeconds(3));
        assertThat(time.sleeps().get(1)).isEqualTo(Duration.ofSeconds(8));
        assertThat(time.sleeps().get(2)).isBetween(Duration.ofMillis(1999), Duration.ofSeconds(2));
    }

    @Test
    void otherErrorsAreReturnedAtOnce() throws Exception {
        server.enqueue(status(400, "{\"code\":\"104131\"}"));

        assertThat(TestCalls.status(client, TestCalls.read(server.url("/query")))).isEqualTo(400);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    private static MockResponse status(int code, String body) {
        return new MockResponse.Builder().code(code).body(body).build();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
