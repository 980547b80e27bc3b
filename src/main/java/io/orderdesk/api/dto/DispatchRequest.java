package io.orderdesk.api.dto;

import java.util.List;

/** Body of {@code product-orders/dispatch} (발송 처리): up to 30 lines. */
public record DispatchRequest(List<DispatchProductOrder> dispatchProductOrders) {
}
