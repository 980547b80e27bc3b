package io.orderdesk.ui.reviews;

import java.time.LocalDate;
import java.util.List;

/**
 * What the reviews screen needs: stored reviews to show, and a fetch that refreshes the store. Days are Korean
 * calendar days, both ends included. Both methods may block and are called off the FX thread.
 */
public interface ReviewsPort {

    /** The stored reviews written from {@code from} to {@code to}, newest first. */
    List<ReviewRow> stored(LocalDate from, LocalDate to);

    /** Fetches the period's reviews from the API into the store; API failures come back in the outcome. */
    FetchOutcome fetch(LocalDate from, LocalDate to);
}
