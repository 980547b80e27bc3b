package io.orderdesk.api.dto;

/** A confirmed product order; {@code isReceiverAddressChanged} warns that the address changed before confirmation. */
public record ConfirmSuccess(String productOrderId, Boolean isReceiverAddressChanged) {
}
