package io.orderdesk.store;

import io.orderdesk.domain.OrderFacts;
import java.time.Instant;
import java.util.Objects;

/**
 * What the order list shows of one product order: every stored column except the detail JSON. Codes are the raw API
 * strings, so a status this version does not know is still shown and kept; {@code null} means absent.
 *
 * @param ordererPhoneTail  last four digits of the buyer's phone number, or {@code null}
 * @param receiverPhoneTail last four digits of the recipient's first phone number, or {@code null}
 * @param addressChanged    the buyer changed the delivery address after ordering
 * @param delayed           the seller postponed dispatch (a delay reason is set)
 */
public record OrderSummary(
        String productOrderId,
        String orderId,
        String productOrderStatus,
        String placeOrderStatus,
        String claimType,
        String claimStatus,
        String holdbackStatus,
        Instant orderDate,
        Instant paymentDate,
        Instant lastChangedDate,
        String lastChangedType,
        Instant shippingDueDate,
        Instant dispatchedDate,
        String ordererName,
        String ordererPhoneTail,
        String receiverName,
        String receiverPhoneTail,
        String productName,
        String productOption,
        Integer quantity,
        Long totalPaymentAmount,
        String deliveryCompany,
        String trackingNumber,
        boolean addressChanged,
        String giftReceivingStatus,
        boolean delayed,
        Instant claimRequestDate) {

    /** Checks that both ids are present. */
    public OrderSummary {
        Objects.requireNonNull(productOrderId, "productOrderId");
        Objects.requireNonNull(orderId, "orderId");
    }

    /** The facts the status tabs are decided on. */
    public OrderFacts facts() {
        return OrderFacts.ofCodes(productOrderStatus, placeOrderStatus, claimType, claimStatus, holdbackStatus,
                delayed);
    }

    /** This summary with the change-feed values (change time, type, address flag) of an earlier version. */
    OrderSummary withChangeInfoOf(OrderSummary earlier) {
        return new OrderSummary(productOrderId, orderId, productOrderStatus, placeOrderStatus, claimType, claimStatus,
                holdbackStatus, orderDate, paymentDate, earlier.lastChangedDate(), earlier.lastChangedType(),
                shippingDueDate, dispatchedDate, ordererName, ordererPhoneTail, receiverName, receiverPhoneTail,
                productName, productOption, quantity, totalPaymentAmount, deliveryCompany, trackingNumber,
                earlier.addressChanged(), giftReceivingStatus, delayed, claimRequestDate);
    }
}
