package io.orderdesk.api.dto;

/** Body of {@code claim/return/reject} (반품 거부); the reason is free text and required. */
public record RejectReturnRequest(String rejectReturnReason) {
}
