package io.orderdesk.api.dto;

import java.time.OffsetDateTime;

/**
 * A buyer's purchase review. The real contract is not public (reference §11): these fields are our guess, carried
 * over from the legacy SOAP {@code GetPurchaseReviewList} items, and must be checked against the Naver Pay sandbox
 * docs. {@code reviewType} is a string until the real values are known (legacy: {@code GENERAL}/{@code PREMIUM}), and
 * the meaning of {@code score} depends on it.
 */
@Provisional("reviews contract not public; fields guessed from legacy GetPurchaseReviewList")
public record Review(
        String reviewId,
        String productOrderId,
        String productId,
        String productName,
        Integer score,
        String reviewType,
        String title,
        String content,
        String writerId,
        OffsetDateTime createdDate,
        OffsetDateTime modifiedDate) {
}
