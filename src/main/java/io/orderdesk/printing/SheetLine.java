package io.orderdesk.printing;

import java.time.Instant;

/**
 * What an order sheet needs of one product order. Values the store does not know are {@code null}.
 *
 * @param address base and detailed address in one line
 */
public record SheetLine(String orderId, String productOrderId, Instant orderDate, String ordererName,
                        String ordererTel, String recipientName, String recipientTel, String zipCode,
                        String address, String memo, String productName, String productOption, int quantity) {
}
