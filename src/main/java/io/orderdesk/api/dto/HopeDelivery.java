package io.orderdesk.api.dto;

/**
 * The buyer's wished delivery day and time ({@code productOrder.hopeDelivery}). {@code hopeDeliveryYmd} is
 * {@code yyyyMMdd} and {@code hopeDeliveryHm} is {@code HHmm}, both plain strings on the wire.
 */
public record HopeDelivery(
        String region,
        Long additionalFee,
        String hopeDeliveryYmd,
        String hopeDeliveryHm,
        String changeReason,
        String changer) {
}
