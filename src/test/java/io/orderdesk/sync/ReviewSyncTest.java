package io.orderdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.api.NpayClientConfig;
import io.orderdesk.api.NpayEnvironment;
import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.api.ReviewQuery;
import io.orderdesk.api.dto.Review;
import io.orderdesk.api.dto.ReviewPage;
import io.orderdesk.api.http.RetryPolicy;
import io.orderdesk.sandbox.SandboxClock;
import io.orderdesk.sandbox.server.CallRecord;
import io.orderdesk.sandbox.server.Fault;
import io.orderdesk.sandbox.server.FaultKind;
import io.orderdesk.sandbox.server.Sandbox;
import io.orderdesk.sandbox.server.SandboxOptions;
import io.orderdesk.store.Store;
import io.orderdesk.store.StoredReview;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reviews fetched from the sandbox's (provisional) reviews endpoint into a real store. */
class ReviewSyncTest {

    /** 2026-12-01 12:00 in Korea. */
    private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static Sandbox sandbox;
    private static NpayOrderClient client;

    @TempDir
    Path folder;

    private Store store;

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.start(SandboxOptions.defaults().withClock(SandboxClock.fixed(NOW)).withWorld(42, 400, 5)
                .withRate(100_000));
        client = NpayOrderClient.create(NpayClientConfig.of(NpayEnvironment.custom(sandbox.baseUrl()),
                        sandbox.clientId(), sandbox.clientSecret())
                .withMerchantId(sandbox.merchantId())
                .withClock(sandbox.clock())
                .withInitialRate(1000)
                .withRetry(new RetryPolicy(1, Duration.ZERO, Duration.ZERO), duration -> { }));
    }

    @AfterAll
    static void stopSandbox() {
        client.close();
        sandbox.close();
    }

    @BeforeEach
    void openStore() {
        store = Store.openLocal(folder);
    }

    @AfterEach
    void closeStore() {
        sandbox.faults().clear();
        store.close();
    }

    @Test
    void storesEveryReviewOfThePeriodOneDayPerWindow() {
        List<String> expected = new ArrayList<>();
        for (LocalDate day = TODAY.minusDays(3); !day.isAfter(TODAY); day = day.plusDays(1)) {
            expected.addAll(ids(dayOfReviews(day)));
        }
        int callsBefore = reviewCalls().size();

        ReviewSyncReport report = sync(300).fetch(TODAY.minusDays(3), TODAY);

        assertThat(expected).as("the demo shop has reviews in these days").hasSizeGreaterThan(3);
        assertThat(report.ok()).isTrue();
        assertThat(report.days()).isEqualTo(4);
        assertThat(report.pages()).isEqualTo(4);
        assertThat(report.received()).isEqualTo(expected.size());
        assertThat(report.stored()).isEqualTo(expected.size());
        assertThat(report.inserted()).isEqualTo(expected.size());
        assertThat(report.skipped()).isZero();
        assertThat(report.traceIds()).hasSize(4).doesNotHaveDuplicates();
        assertThat(reviewCalls().subList(callsBefore, reviewCalls().size())).extracting(CallRecord::traceId)
                .containsExactlyElementsOf(report.traceIds());
        assertThat(stored(TODAY.minusDays(3), TODAY)).extracting(StoredReview::reviewId)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void readsADayPageByPageAndAFetchAgainAddsNothingNew() {
        LocalDate day = TODAY.minusDays(1);
        List<Review> expected = dayOfReviews(day);
        assertThat(expected).as("enough reviews for three pages of two").hasSizeGreaterThan(4);

        ReviewSyncReport paged = sync(2).fetch(day, day);
        ReviewSyncReport again = sync(300).fetch(day, day);

        assertThat(paged.pages()).isEqualTo((expected.size() + 1) / 2);
        assertThat(paged.stored()).isEqualTo(expected.size());
        assertThat(again.stored()).isEqualTo(expected.size());
        assertThat(again.inserted()).isZero();
        List<StoredReview> rows = stored(day, day);
        assertThat(rows).extracting(StoredReview::reviewId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(ids(expected));
        Review first = expected.get(0);
        StoredReview row = rows.stream().filter(r -> r.reviewId().equals(first.reviewId())).findFirst().orElseThrow();
        assertThat(row.productOrderId()).isEqualTo(first.productOrderId());
        assertThat(row.productName()).isEqualTo(first.productName());
        assertThat(row.score()).isEqualTo(first.score());
        assertThat(row.content()).isEqualTo(first.content());
        assertThat(row.writerId()).isEqualTo(first.writerId());
        assertThat(row.createdAt()).isEqualTo(first.createdDate().toInstant());
    }

    @Test
    void daysAfterTodayAreNotAskedFor() {
        int callsBefore = reviewCalls().size();

        ReviewSyncReport report = sync(300).fetch(TODAY, TODAY.plusDays(4));

        assertThat(report.days()).isEqualTo(1);
        assertThat(reviewCalls()).hasSize(callsBefore + 1);
    }

    @Test
    void anApiFailureIsReportedWithItsTraceIdAndWhatWasStoredStays() {
        LocalDate day = TODAY.minusDays(1);
        int before = sync(300).fetch(day, day).stored();
        sandbox.faults().add(Fault.of("REVIEWS", FaultKind.SERVER_ERROR).withCount(1));

        ReviewSyncReport report = sync(300).fetch(day.minusDays(1), day);

        CallRecord failed = reviewCalls().get(reviewCalls().size() - 1);
        assertThat(failed.status()).isEqualTo(500);
        assertThat(report.ok()).isFalse();
        assertThat(report.traceId()).isNotBlank().isEqualTo(failed.traceId());
        assertThat(report.userMessage()).isNotBlank().doesNotContain("HTTP");
        assertThat(report.stored()).isZero();
        assertThat(stored(day, day)).hasSize(before);
    }

    private ReviewSync sync(int pageSize) {
        return new ReviewSync(client, store.reviews(), sandbox.clock(), pageSize);
    }

    private List<StoredReview> stored(LocalDate from, LocalDate to) {
        return store.reviews().list(from.atStartOfDay(SandboxClock.KST).toInstant(),
                to.plusDays(1).atStartOfDay(SandboxClock.KST).toInstant(), 10_000);
    }

    /** The oracle: the day's reviews read straight through the client. */
    private static List<Review> dayOfReviews(LocalDate day) {
        OffsetDateTime start = day.atStartOfDay(SandboxClock.KST).toOffsetDateTime();
        ReviewPage page = client.reviews(new ReviewQuery(start, start.plusDays(1).minusNanos(1_000_000), null, 1,
                300)).data();
        assertThat(page.pagination().hasNext()).isFalse();
        return page.contents().items();
    }

    private static List<String> ids(List<Review> reviews) {
        return reviews.stream().map(Review::reviewId).toList();
    }

    private static List<CallRecord> reviewCalls() {
        return sandbox.calls().calls().stream().filter(call -> "REVIEWS".equals(call.endpoint())).toList();
    }
}
