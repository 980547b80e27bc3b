package io.orderdesk.ui.reviews;

import java.time.Instant;

/**
 * A stored review as the reviews screen reads it. The fields follow the provisional reviews contract (reference
 * §11): any of them but the id and the creation time may be missing, and {@code score}'s scale depends on
 * {@code reviewType}.
 *
 * @param writerId the writer's Naver id as the API sent it (usually already masked)
 */
public record ReviewRow(String reviewId, Instant createdAt, String productOrderId, String productName,
                        Integer score, String reviewType, String title, String content, String writerId) {
}
