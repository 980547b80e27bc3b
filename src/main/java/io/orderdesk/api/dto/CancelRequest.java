package io.orderdesk.api.dto;

import io.orderdesk.domain.CancelRequestReason;

/** Body of {@code claim/cancel/request} (판매 취소); without a quantity the whole product order is cancelled. */
public record CancelRequest(CancelRequestReason cancelReason, String cancelDetailedReason, Integer cancelQuantity) {
}
