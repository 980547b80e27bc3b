package io.orderdesk.api.dto;

import java.time.OffsetDateTime;

/**
 * The order (주문) a product order belongs to: buyer, dates and what was paid with which means. Every product order of
 * one order carries the same values. {@code paymentMeans} is a Korean label such as {@code 신용카드}, not a code, and
 * {@code isDeliveryMemoParticularInput} is a string ({@code "true"}/{@code "false"}) on the wire.
 */
public record Order(
        Long chargeAmountPaymentAmount,
        Long checkoutAccumulationPaymentAmount,
        Long generalPaymentAmount,
        Long naverMileagePaymentAmount,
        OffsetDateTime orderDate,
        Long orderDiscountAmount,
        String orderId,
        String ordererId,
        String ordererName,
        String ordererTel,
        OffsetDateTime paymentDate,
        OffsetDateTime paymentDueDate,
        String paymentMeans,
        String isDeliveryMemoParticularInput,
        String payLocationType,
        String ordererNo,
        Long payLaterPaymentAmount,
        Boolean isMembershipSubscribed) {
}
