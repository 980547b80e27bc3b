package io.orderdesk.sandbox.shop;

import java.time.Instant;

/**
 * A buyer's review of a product order. Provisional: the real reviews contract is not public (reference §11), so the
 * fields follow the legacy SOAP review list.
 */
record Review(String reviewId, String productOrderId, String productId, String productName, int score,
              String reviewType, String title, String content, String writerId, Instant createdDate,
              Instant modifiedDate) {

    Fields toJson() {
        return new Fields()
                .with("reviewId", reviewId)
                .with("productOrderId", productOrderId)
                .with("productId", productId)
                .with("productName", productName)
                .with("score", score)
                .with("reviewType", reviewType)
                .with("title", title)
                .with("content", content)
                .with("writerId", writerId)
                .date("createdDate", createdDate)
                .date("modifiedDate", modifiedDate);
    }
}
