package io.orderdesk.sync;

import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.api.NpayResponse;
import io.orderdesk.api.ReviewQuery;
import io.orderdesk.api.dto.Review;
import io.orderdesk.api.dto.ReviewPage;
import io.orderdesk.api.error.NpayApiException;
import io.orderdesk.store.Reviews;
import io.orderdesk.store.StoredReview;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches buyer reviews of a period into the store, one day (KST) per window and page by page within it.
 *
 * <p><b>Provisional.</b> The reviews endpoint's contract is not public (reference §11): {@link ReviewQuery},
 * {@link ReviewPage} and {@link Review} are our guess and must be checked against Naver's sandbox documentation
 * before production use. The guess limits a window to 24 hours, hence one call series per day.
 *
 * <p>A review that cannot be read, or lacks its id or creation time, is logged with the page's trace ID and skipped;
 * the others are stored. An API failure stops the fetch and is returned in the report, not thrown; pages stored
 * before it stay stored. A store failure is thrown. Call it off the FX thread.
 */
public final class ReviewSync {

    static final int PAGE_SIZE = 300;
    /** A guard against a server that always says there is more. */
    static final int MAX_PAGES_PER_DAY = 1_000;
    private static final ZoneId KST = ZoneId.of("Asia/Seoul");
    private static final Logger LOG = LoggerFactory.getLogger(ReviewSync.class);

    private final NpayOrderClient client;
    private final Reviews reviews;
    private final Clock clock;
    private final int pageSize;

    /** @param clock today's date comes from it (days after today are not asked for) */
    public ReviewSync(NpayOrderClient client, Reviews reviews, Clock clock) {
        this(client, reviews, clock, PAGE_SIZE);
    }

    ReviewSync(NpayOrderClient client, Reviews reviews, Clock clock, int pageSize) {
        this.client = client;
        this.reviews = reviews;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    /** Fetches the reviews written on the days {@code from} to {@code to}, both included, in Korean time. */
    public ReviewSyncReport fetch(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("period " + from + ".." + to + " ends before it starts");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), KST);
        Tally tally = new Tally();
        try {
            for (LocalDate day = from; !day.isAfter(to) && !day.isAfter(today); day = day.plusDays(1)) {
                tally.days++;
                fetchDay(day, tally);
            }
        } catch (NpayApiException e) {
            LOG.warn("Review fetch {}..{} stopped: {}", from, to, e.getMessage());
            return tally.report(e);
        }
        return tally.report(null);
    }

    private void fetchDay(LocalDate day, Tally tally) {
        OffsetDateTime start = day.atStartOfDay(KST).toOffsetDateTime();
        OffsetDateTime end = start.plusDays(1).minus(Duration.ofMillis(1));
        for (int page = 1; page <= MAX_PAGES_PER_DAY; page++) {
            NpayResponse<ReviewPage> response = client.reviews(new ReviewQuery(start, end, null, page, pageSize));
            tally.pages++;
            tally.traceIds.add(response.traceId());
            ReviewPage data = response.data();
            if (data == null || data.contents() == null) {
                return;
            }
            tally.received += data.contents().receivedCount();
            tally.skipped += data.contents().rejected().size();
            List<StoredReview> rows = new ArrayList<>();
            for (Review review : data.contents().items()) {
                StoredReview row = toRow(review, response.traceId());
                if (row == null) {
                    tally.skipped++;
                } else {
                    rows.add(row);
                }
            }
            tally.inserted += reviews.upsert(rows);
            tally.stored += rows.size();
            if (data.pagination() == null || !Boolean.TRUE.equals(data.pagination().hasNext())) {
                return;
            }
        }
        LOG.warn("Reviews of {} still had more pages after {}; the rest is left for the next fetch", day,
                MAX_PAGES_PER_DAY);
    }

    /** The row to store, or null (logged) when the review lacks what identifies it. */
    static StoredReview toRow(Review review, String traceId) {
        if (review == null || review.reviewId() == null || review.reviewId().isBlank()
                || review.createdDate() == null) {
            LOG.warn("Skipping review {} of product order {} without id or creation time (traceId {})",
                    review == null ? null : review.reviewId(), review == null ? null : review.productOrderId(),
                    traceId);
            return null;
        }
        return new StoredReview(review.reviewId(), review.productOrderId(), review.productId(),
                review.productName(), review.score(), review.reviewType(), review.title(), review.content(),
                review.writerId(), review.createdDate().toInstant(),
                review.modifiedDate() == null ? null : review.modifiedDate().toInstant());
    }

    private static final class Tally {
        int days;
        int pages;
        int received;
        int stored;
        int inserted;
        int skipped;
        final List<String> traceIds = new ArrayList<>();

        ReviewSyncReport report(RuntimeException error) {
            return new ReviewSyncReport(days, pages, received, stored, inserted, skipped,
                    traceIds.stream().filter(Objects::nonNull).toList(), error);
        }
    }
}
