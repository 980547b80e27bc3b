package io.orderdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.api.NpayClientConfig;
import io.orderdesk.api.NpayEnvironment;
import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.api.http.RetryPolicy;
import io.orderdesk.store.Store;
import io.orderdesk.store.StoredReview;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the sandbox never sends: a page with an unreadable review and one without its id, then a failing second page.
 * A real HTTP server and the real client, so the skip happens where it would in production.
 */
class ReviewSyncBadItemsTest {

    private static final String PAGE_ONE = "{\"timestamp\":\"2026-11-30T12:00:00.000+09:00\",\"traceId\":\"page-1\","
            + "\"data\":{\"contents\":["
            + "{\"reviewId\":\"R-good\",\"productOrderId\":\"2026113012345601\",\"productName\":\"핸드드립 원두 500g\","
            + "\"score\":5,\"reviewType\":\"GENERAL\",\"content\":\"향이 좋아요.\",\"writerId\":\"hana****\","
            + "\"createdDate\":\"2026-11-30T09:15:00.000+09:00\"},"
            + "{\"reviewId\":\"R-bad\",\"productOrderId\":\"2026113012345602\",\"score\":\"five\"},"
            + "{\"productOrderId\":\"2026113012345603\",\"score\":4,\"createdDate\":\"2026-11-30T10:00:00.000+09:00\"}"
            + "],\"pagination\":{\"page\":1,\"size\":3,\"hasNext\":true}}}";

    @TempDir
    Path folder;

    private final MockWebServer server = new MockWebServer();
    private final List<String> targets = new CopyOnWriteArrayList<>();
    private NpayOrderClient client;
    private Store store;

    @BeforeEach
    void start() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getTarget().endsWith("/v1/oauth2/token")) {
                    return json(200, "{\"access_token\":\"t\",\"expires_in\":10800,\"token_type\":\"Bearer\"}", "tok");
                }
                targets.add(request.getTarget());
                return request.getTarget().contains("page=1")
                        ? json(200, PAGE_ONE, "page-1")
                        : json(500, "{\"code\":\"GW.INTERNAL_SERVER_ERROR\",\"message\":\"x\"}", "page-2");
            }
        });
        server.start();
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T03:00:00Z"), ZoneOffset.UTC);
        client = NpayOrderClient.create(NpayClientConfig.of(
                        NpayEnvironment.custom(server.url("/npay/partner").toString()), "aaaabbbbcccc",
                        "$2a$10$abcdefghijklmnopqrstuv")
                .withClock(clock)
                .withInitialRate(1000)
                .withRetry(new RetryPolicy(1, Duration.ZERO, Duration.ZERO), duration -> { }));
        store = Store.openLocal(folder);
    }

    @AfterEach
    void stop() {
        client.close();
        store.close();
        server.close();
    }

    @Test
    void badReviewsAreSkippedTheRestIsStoredAndALaterFailureKeepsIt() {
        LocalDate day = LocalDate.of(2026, 11, 30);
        Clock today = Clock.fixed(Instant.parse("2026-11-30T03:00:00Z"), ZoneOffset.UTC);

        ReviewSyncReport report = new ReviewSync(client, store.reviews(), today, 3).fetch(day, day);

        assertThat(targets).hasSize(2);
        assertThat(targets.get(0)).contains("reviews?from=2026-11-30T00%3A00%3A00.000%2B09%3A00")
                .contains("to=2026-11-30T23%3A59%3A59.999%2B09%3A00").contains("page=1").contains("pageSize=3");
        assertThat(targets.get(1)).contains("page=2");
        assertThat(report.received()).isEqualTo(3);
        assertThat(report.skipped()).isEqualTo(2);
        assertThat(report.stored()).isEqualTo(1);
        assertThat(report.pages()).isEqualTo(1);
        assertThat(report.traceIds()).containsExactly("page-1");
        assertThat(report.ok()).isFalse();
        assertThat(report.traceId()).isEqualTo("page-2");
        List<StoredReview> stored = store.reviews().list(Instant.parse("2026-11-29T15:00:00Z"),
                Instant.parse("2026-11-30T15:00:00Z"), 10);
        assertThat(stored).extracting(StoredReview::reviewId).containsExactly("R-good");
        assertThat(stored.get(0).createdAt()).isEqualTo(Instant.parse("2026-11-30T00:15:00Z"));
        assertThat(stored.get(0).modifiedAt()).isNull();
    }

    private static MockResponse json(int status, String body, String traceId) {
        return new MockResponse.Builder().code(status)
                .addHeader("Content-Type", "application/json;charset=UTF-8")
                .addHeader("GNCP-GW-Trace-ID", traceId)
                .body(body)
                .build();
    }
}
