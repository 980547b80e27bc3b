package io.orderdesk.api;

import io.orderdesk.api.http.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer that answers every token request with a fresh token and every other request with the next
 * queued response, and remembers both kinds of request separately.
 */
final class MockNpay implements AutoCloseable {

    /** The reference §2.2 signature vector. */
    static final String CLIENT_ID = "aaaabbbbcccc";
    static final String CLIENT_SECRET = "$2a$10$abcdefghijklmnopqrstuv";
    static final long TIMESTAMP = 1643961623299L;
    static final String SIGNATURE =
            "JDJhJDEwJGFiY2RlZmdoaWprbG1ub3BxcnN0dXVCVldZSk42T0VPdEx1OFY0cDQxa2IuTnpVaUEzbmsy";

    final MockWebServer server = new MockWebServer();
    final List<RecordedRequest> tokenRequests = new CopyOnWriteArrayList<>();
    final List<RecordedRequest> apiRequests = new CopyOnWriteArrayList<>();
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<MockResponse> queue = new ConcurrentLinkedQueue<>();

    MockNpay() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getTarget().endsWith("/v1/oauth2/token")) {
                    tokenRequests.add(request);
                    return json(200, "{\"access_token\":\"token-" + tokenRequests.size()
                            + "\",\"expires_in\":10800,\"token_type\":\"Bearer\"}");
                }
                apiRequests.add(request);
                MockResponse next = queue.poll();
                return next != null ? next : json(500, "{\"code\":\"GW.INTERNAL_SERVER_ERROR\",\"message\":\"x\"}");
            }
        });
        server.start();
    }

    NpayClientConfig config() {
        Clock clock = Clock.fixed(Instant.ofEpochMilli(TIMESTAMP), ZoneOffset.ofHours(9));
        return NpayClientConfig.of(NpayEnvironment.custom(server.url("/npay/partner").toString()),
                        CLIENT_ID, CLIENT_SECRET)
                .withClock(clock)
                .withRetry(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(40)), sleeps::add)
                .withInitialRate(1000)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(800));
    }

    NpayOrderClient client() {
        return NpayOrderClient.create(config());
    }

    void enqueue(MockResponse response) {
        queue.add(response);
    }

    void enqueueJson(int status, String body) {
        queue.add(json(status, body));
    }

    void enqueueFixture(String name) {
        queue.add(json(200, fixture(name)));
    }

    List<String> apiTargets() {
        List<String> targets = new ArrayList<>();
        apiRequests.forEach(r -> targets.add(r.getMethod() + " " + r.getTarget()));
        return targets;
    }

    RecordedRequest lastApiRequest() {
        return apiRequests.get(apiRequests.size() - 1);
    }

    static MockResponse json(int status, String body) {
        return new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Type", "application/json;charset=UTF-8")
                .addHeader("GNCP-GW-Trace-ID", "mock^" + status + "^1")
                .body(body)
                .build();
    }

    static String fixture(String name) {
        try (InputStream in = MockNpay.class.getResourceAsStream("/npay/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
