package io.orderdesk.api.dto;

import io.orderdesk.api.json.PartialList;

/**
 * One page of {@code GET /v1/pay-order/mall/reviews}. The real contract is not public (reference §11): this shape is
 * our guess, modelled on the other paged order APIs, and must be checked against the Naver Pay sandbox docs.
 */
@Provisional("reviews contract not public; shape guessed from the conditional query's contents/pagination")
public record ReviewPage(PartialList<Review> contents, Pagination pagination) {
}
