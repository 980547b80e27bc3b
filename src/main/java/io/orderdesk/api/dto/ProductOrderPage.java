package io.orderdesk.api.dto;

import io.orderdesk.api.json.PartialList;

/** One page of the conditional product-order query ({@code GET product-orders}). */
public record ProductOrderPage(PartialList<ProductOrderContent> contents, Pagination pagination) {
}
