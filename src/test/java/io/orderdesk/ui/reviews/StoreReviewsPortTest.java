package io.orderdesk.ui.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.sandbox.SandboxClock;
import io.orderdesk.sandbox.server.Fault;
import io.orderdesk.sandbox.server.FaultKind;
import io.orderdesk.sandbox.server.Sandbox;
import io.orderdesk.sandbox.server.SandboxOptions;
import io.orderdesk.store.Store;
import io.orderdesk.sync.SandboxReviews;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The port the app hands the reviews screen, on a real store and the sandbox through the real client. */
class StoreReviewsPortTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path folder;

    private Sandbox sandbox;
    private SandboxReviews reviews;
    private Store store;

    @BeforeEach
    void start() {
        sandbox = Sandbox.start(SandboxOptions.defaults()
                .withClock(SandboxClock.fixed(Instant.parse("2026-12-01T03:00:00Z"))).withWorld(7, 300, 5)
                .withRate(100_000));
        store = Store.openLocal(folder);
        reviews = new SandboxReviews(sandbox, store);
    }

    @AfterEach
    void stop() {
        reviews.close();
        store.close();
        sandbox.close();
    }

    @Test
    void fetchesIntoTheStoreAndReadsThePeriodBackNewestFirst() {
        StoreReviewsPort port = new StoreReviewsPort(store.reviews(), reviews.sync());
        assertThat(port.stored(TODAY.minusDays(6), TODAY)).isEmpty();

        FetchOutcome outcome = port.fetch(TODAY.minusDays(6), TODAY);
        List<ReviewRow> rows = port.stored(TODAY.minusDays(6), TODAY);

        assertThat(outcome.status()).isEqualTo(FetchOutcome.Status.OK);
        assertThat(outcome.fetched()).isPositive().isEqualTo(rows.size());
        assertThat(rows).isSortedAccordingTo(Comparator.comparing(ReviewRow::createdAt).reversed());
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.productOrderId()).isNotBlank();
            assertThat(row.writerId()).contains("*");
        });
        List<ReviewRow> lastDay = port.stored(TODAY, TODAY);
        assertThat(lastDay).allSatisfy(row -> assertThat(row.createdAt())
                .isAfterOrEqualTo(Instant.parse("2026-11-30T15:00:00Z")));
        assertThat(lastDay.size()).isLessThan(rows.size());
    }

    @Test
    void aFailureComesBackWithTheApisWordsAndTraceIdAndNoConnectionIsSaid() {
        sandbox.faults().add(Fault.of("REVIEWS", FaultKind.SERVER_ERROR).withCount(1));

        FetchOutcome failed = new StoreReviewsPort(store.reviews(), reviews.sync()).fetch(TODAY, TODAY);

        assertThat(failed.status()).isEqualTo(FetchOutcome.Status.FAILED);
        assertThat(failed.traceId()).isNotBlank();
        assertThat(failed.message()).containsPattern("[가-힣]");
        assertThat(new StoreReviewsPort(store.reviews(), null).fetch(TODAY, TODAY).status())
                .isEqualTo(FetchOutcome.Status.NOT_CONNECTED);
    }
}
