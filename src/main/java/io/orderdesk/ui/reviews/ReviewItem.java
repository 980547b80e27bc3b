package io.orderdesk.ui.reviews;

/**
 * One review as a row of the reviews table, its texts ready to show.
 *
 * @param score  stars for a 1–5 score ({@code ★★★★☆ 4}), else the number as sent
 * @param writer the writer's id, masked like personal data in the order list
 */
public record ReviewItem(ReviewRow row, String created, String score, String type, String content, String writer) {

    public String reviewId() {
        return row.reviewId();
    }

    public String productOrderId() {
        return row.productOrderId() == null ? "" : row.productOrderId();
    }

    public String productName() {
        return row.productName() == null ? "" : row.productName();
    }
}
