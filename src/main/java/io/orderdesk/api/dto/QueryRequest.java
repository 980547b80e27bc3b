package io.orderdesk.api.dto;

import java.util.List;

/**
 * Body of {@code product-orders/query}: up to 300 product order numbers. {@code quantityClaimCompatibility = true}
 * declares that we understand partial-quantity claims ({@code initial*}/{@code remain*} fields).
 */
public record QueryRequest(List<String> productOrderIds, Boolean quantityClaimCompatibility) {
}
