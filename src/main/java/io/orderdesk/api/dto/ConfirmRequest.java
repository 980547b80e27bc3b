package io.orderdesk.api.dto;

import java.util.List;

/** Body of {@code product-orders/confirm} (발주 확인): up to 30 product order numbers. */
public record ConfirmRequest(List<String> productOrderIds) {
}
