package io.orderdesk.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A buyer's review as the store keeps it. The fields follow the reviews endpoint, whose contract is provisional
 * (reference §11): {@code score}'s scale depends on {@code reviewType}, and any field but the id and creation time may
 * be missing.
 *
 * @param reviewId       the API's review id, the key
 * @param productOrderId the reviewed product order, or null
 * @param score          the rating as sent, or null
 * @param reviewType     {@code GENERAL} or {@code PREMIUM} so far, kept as a string until the real values are known
 * @param writerId       the writer's Naver id as the API sends it (already masked there, e.g. {@code minj****})
 * @param createdAt      when the buyer wrote it
 * @param modifiedAt     when the buyer last changed it, or null
 */
public record StoredReview(String reviewId, String productOrderId, String productId, String productName,
                           Integer score, String reviewType, String title, String content, String writerId,
                           Instant createdAt, Instant modifiedAt) {

    public StoredReview {
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
