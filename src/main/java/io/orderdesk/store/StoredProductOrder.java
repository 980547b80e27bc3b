package io.orderdesk.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One product order as the store keeps it: the detail JSON exactly as Naver sent it, plus the columns the screens
 * filter, sort and search on, extracted once by the sync's mapper. Codes are raw API strings so unknown values
 * survive; timestamps are instants (stored in UTC); {@code null} means absent.
 *
 * @param detailJson        the product-order detail object exactly as received
 * @param lastChangedDate   when Naver last changed the line, from the change feed; {@code null} when the row came from
 *                          a query without change information (the stored value is then kept)
 * @param ordererPhoneTail  last four digits of the buyer's phone number
 * @param receiverPhoneTail last four digits of the recipient's first phone number
 * @param addressChanged    the change feed reported that the buyer changed the delivery address
 * @param delayed           a dispatch-delay reason is set
 */
public record StoredProductOrder(
        String productOrderId,
        String orderId,
        String detailJson,
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

    /** Checks that the ids and the JSON are present. */
    public StoredProductOrder {
        Objects.requireNonNull(productOrderId, "productOrderId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(detailJson, "detailJson");
    }

    /** Joins a summary with its detail JSON. */
    public static StoredProductOrder of(OrderSummary s, String detailJson) {
        return new StoredProductOrder(s.productOrderId(), s.orderId(), detailJson, s.productOrderStatus(),
                s.placeOrderStatus(), s.claimType(), s.claimStatus(), s.holdbackStatus(), s.orderDate(),
                s.paymentDate(), s.lastChangedDate(), s.lastChangedType(), s.shippingDueDate(), s.dispatchedDate(),
                s.ordererName(), s.ordererPhoneTail(), s.receiverName(), s.receiverPhoneTail(), s.productName(),
                s.productOption(), s.quantity(), s.totalPaymentAmount(), s.deliveryCompany(), s.trackingNumber(),
                s.addressChanged(), s.giftReceivingStatus(), s.delayed(), s.claimRequestDate());
    }

    /** Everything but the detail JSON. */
    public OrderSummary summary() {
        return new OrderSummary(productOrderId, orderId, productOrderStatus, placeOrderStatus, claimType,
                claimStatus, holdbackStatus, orderDate, paymentDate, lastChangedDate, lastChangedType,
                shippingDueDate, dispatchedDate, ordererName, ordererPhoneTail, receiverName, receiverPhoneTail,
                productName, productOption, quantity, totalPaymentAmount, deliveryCompany, trackingNumber,
                addressChanged, giftReceivingStatus, delayed, claimRequestDate);
    }

    /** This row with the change-feed values of an earlier version, for rows that arrive without them. */
    StoredProductOrder withChangeInfoOf(OrderSummary earlier) {
        OrderSummary s = summary();
        return of(new OrderSummary(s.productOrderId(), s.orderId(), s.productOrderStatus(), s.placeOrderStatus(),
                s.claimType(), s.claimStatus(), s.holdbackStatus(), s.orderDate(), s.paymentDate(),
                earlier.lastChangedDate(), earlier.lastChangedType(), s.shippingDueDate(), s.dispatchedDate(),
                s.ordererName(), s.ordererPhoneTail(), s.receiverName(), s.receiverPhoneTail(), s.productName(),
                s.productOption(), s.quantity(), s.totalPaymentAmount(), s.deliveryCompany(), s.trackingNumber(),
                earlier.addressChanged(), s.giftReceivingStatus(), s.delayed(), s.claimRequestDate()), detailJson);
    }
}
