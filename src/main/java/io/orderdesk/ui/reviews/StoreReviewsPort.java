package io.orderdesk.ui.reviews;

import io.orderdesk.store.Reviews;
import io.orderdesk.store.StoredReview;
import io.orderdesk.sync.ReviewSync;
import io.orderdesk.sync.ReviewSyncReport;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The reviews screen's port in the app: the store's reviews, and {@link ReviewSync} when the API is connected. */
public final class StoreReviewsPort implements ReviewsPort {

    /** More than a busy shop gets in the longest period the screen allows. */
    static final int LIMIT = 5_000;
    private static final ZoneId KST = ZoneId.of("Asia/Seoul");

    private final Reviews reviews;
    private final ReviewSync sync;

    /** @param sync null when no API connection is set up; fetching then says so */
    public StoreReviewsPort(Reviews reviews, ReviewSync sync) {
        this.reviews = reviews;
        this.sync = sync;
    }

    @Override
    public List<ReviewRow> stored(LocalDate from, LocalDate to) {
        return reviews.list(from.atStartOfDay(KST).toInstant(), to.plusDays(1).atStartOfDay(KST).toInstant(), LIMIT)
                .stream().map(StoreReviewsPort::row).toList();
    }

    @Override
    public FetchOutcome fetch(LocalDate from, LocalDate to) {
        if (sync == null) {
            return FetchOutcome.notConnected();
        }
        ReviewSyncReport report = sync.fetch(from, to);
        return report.ok() ? FetchOutcome.ok(report.stored(), report.skipped())
                : FetchOutcome.failed(report.stored(), report.skipped(), report.userMessage(), report.traceId());
    }

    private static ReviewRow row(StoredReview review) {
        return new ReviewRow(review.reviewId(), review.createdAt(), review.productOrderId(), review.productName(),
                review.score(), review.reviewType(), review.title(), review.content(), review.writerId());
    }
}
