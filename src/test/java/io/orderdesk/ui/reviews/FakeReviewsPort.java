package io.orderdesk.ui.reviews;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * A review store in memory. {@link #fetch} "fetches" by moving {@link #remote} reviews of the period into the store,
 * then answers what {@link #outcome} says, so a failed fetch can still have stored part of the period.
 */
final class FakeReviewsPort implements ReviewsPort {

    private static final ZoneId KST = ZoneId.of("Asia/Seoul");

    record Period(LocalDate from, LocalDate to) {
    }

    final List<ReviewRow> stored = new CopyOnWriteArrayList<>();
    final List<ReviewRow> remote = new CopyOnWriteArrayList<>();
    final List<Period> storedCalls = new CopyOnWriteArrayList<>();
    final List<Period> fetchCalls = new CopyOnWriteArrayList<>();
    volatile Supplier<FetchOutcome> outcome;
    volatile RuntimeException storedFailure;

    static ReviewRow review(String id, String createdAt, String productOrderId, String product, Integer score,
                            String type, String title, String content, String writer) {
        return new ReviewRow(id, Instant.parse(createdAt), productOrderId, product, score, type, title, content,
                writer);
    }

    @Override
    public List<ReviewRow> stored(LocalDate from, LocalDate to) {
        storedCalls.add(new Period(from, to));
        if (storedFailure != null) {
            throw storedFailure;
        }
        return inPeriod(stored, from, to);
    }

    @Override
    public FetchOutcome fetch(LocalDate from, LocalDate to) {
        fetchCalls.add(new Period(from, to));
        List<ReviewRow> fetched = inPeriod(remote, from, to);
        stored.removeIf(row -> fetched.stream().anyMatch(f -> f.reviewId().equals(row.reviewId())));
        stored.addAll(fetched);
        return outcome == null ? FetchOutcome.ok(fetched.size(), 0) : outcome.get();
    }

    private static List<ReviewRow> inPeriod(List<ReviewRow> rows, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(KST).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(KST).toInstant();
        List<ReviewRow> found = new ArrayList<>(rows.stream()
                .filter(row -> !row.createdAt().isBefore(start) && row.createdAt().isBefore(end)).toList());
        found.sort(Comparator.comparing(ReviewRow::createdAt).reversed());
        return found;
    }
}
