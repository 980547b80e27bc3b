package io.orderdesk.api.dto;

/** Body of {@code claim/exchange/reject} (교환 거부); the reason is free text and required. */
public record RejectExchangeRequest(String rejectExchangeReason) {
}
