package io.orderdesk.api.dto;

/** A conditional-query result: the product order number and its detail (without the deprecated top-level claims). */
public record ProductOrderContent(String productOrderId, ProductOrderDetail content) {
}
