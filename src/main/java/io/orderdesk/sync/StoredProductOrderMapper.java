package io.orderdesk.sync;

import io.orderdesk.api.dto.Address;
import io.orderdesk.api.dto.CancelClaim;
import io.orderdesk.api.dto.CurrentClaim;
import io.orderdesk.api.dto.Delivery;
import io.orderdesk.api.dto.ExchangeClaim;
import io.orderdesk.api.dto.LastChangeStatus;
import io.orderdesk.api.dto.Order;
import io.orderdesk.api.dto.ProductOrder;
import io.orderdesk.api.dto.ProductOrderDetail;
import io.orderdesk.api.dto.ReturnClaim;
import io.orderdesk.domain.ClaimType;
import io.orderdesk.domain.Coded;
import io.orderdesk.domain.HoldbackStatus;
import io.orderdesk.store.SearchText;
import io.orderdesk.store.OrderSummary;
import io.orderdesk.store.StoredProductOrder;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Turns one product-order detail from the API into the row the store keeps: the JSON exactly as received plus the
 * columns the order list filters, sorts and searches on.
 */
public final class StoredProductOrderMapper {

    private StoredProductOrderMapper() {
    }

    /**
     * Maps a detail that came without change-feed information (e.g. from the conditional query); the store then
     * keeps the change time, change type and address-changed flag it already has.
     */
    public static StoredProductOrder map(ProductOrderDetail detail, String detailJson) {
        return map(detail, detailJson, null);
    }

    /**
     * Maps a detail together with its row of the change feed.
     *
     * @param detail     the parsed detail
     * @param detailJson the same detail's JSON text exactly as received, stored verbatim
     * @param change     the change-feed row for this product order, or {@code null} when there is none
     * @throws IllegalArgumentException when the detail lacks its product order or an order number, so the sync can
     *                                  log it with its trace ID and skip it
     */
    public static StoredProductOrder map(ProductOrderDetail detail, String detailJson, LastChangeStatus change) {
        ProductOrder line = detail.productOrder();
        if (line == null || line.productOrderId() == null) {
            throw new IllegalArgumentException("Product order detail without productOrder.productOrderId");
        }
        Order order = detail.order();
        String orderId = order != null && order.orderId() != null ? order.orderId()
                : change != null ? change.orderId() : null;
        if (orderId == null) {
            throw new IllegalArgumentException("Product order " + line.productOrderId() + " has no order id");
        }
        Claims claims = Claims.of(detail);
        ClaimType claimType = line.claimType() == null ? null : line.claimType().value();
        Address shipping = line.shippingAddress();
        Delivery delivery = detail.delivery();
        OffsetDateTime paymentDate = order != null && order.paymentDate() != null ? order.paymentDate()
                : change != null ? change.paymentDate() : null;
        OrderSummary summary = new OrderSummary(
                line.productOrderId(),
                orderId,
                raw(line.productOrderStatus()),
                raw(line.placeOrderStatus()),
                raw(line.claimType()),
                raw(line.claimStatus()),
                raw(claims.holdbackStatus(claimType)),
                order == null ? null : instant(order.orderDate()),
                instant(paymentDate),
                change == null ? null : instant(change.lastChangedDate()),
                change == null ? null : raw(change.lastChangedType()),
                instant(line.shippingDueDate()),
                delivery == null ? null : instant(delivery.sendDate()),
                order == null ? null : order.ordererName(),
                order == null ? null : SearchText.phoneTail(order.ordererTel()),
                shipping == null ? null : shipping.name(),
                shipping == null ? null : SearchText.phoneTail(shipping.tel1()),
                line.productName(),
                line.productOption(),
                line.quantity(),
                line.totalPaymentAmount(),
                delivery == null ? null : raw(delivery.deliveryCompany()),
                delivery == null ? null : delivery.trackingNumber(),
                change != null && Boolean.TRUE.equals(change.receiverAddressChanged()),
                raw(line.giftReceivingStatus()),
                line.delayedDispatchReason() != null,
                instant(claims.requestDate(claimType)));
        return new StoredProductOrder(summary, detailJson);
    }

    /**
     * The claims in progress. {@code currentClaim} is authoritative; the deprecated top-level copies are read only
     * when it is absent altogether, as older responses may lack it.
     */
    private record Claims(CancelClaim cancel, ReturnClaim returned, ExchangeClaim exchange) {

        static Claims of(ProductOrderDetail detail) {
            CurrentClaim current = detail.currentClaim();
            return current != null
                    ? new Claims(current.cancel(), current.returnClaim(), current.exchange())
                    : new Claims(detail.cancel(), detail.returnClaim(), detail.exchange());
        }

        /** Only returns and exchanges can be held back; the line's claim type says which one is active. */
        Coded<HoldbackStatus> holdbackStatus(ClaimType type) {
            Coded<HoldbackStatus> ofReturn = returned == null ? null : returned.holdbackStatus();
            Coded<HoldbackStatus> ofExchange = exchange == null ? null : exchange.holdbackStatus();
            if (type == ClaimType.RETURN) {
                return ofReturn;
            }
            if (type == ClaimType.EXCHANGE) {
                return ofExchange;
            }
            return ofReturn != null ? ofReturn : ofExchange;
        }

        OffsetDateTime requestDate(ClaimType type) {
            OffsetDateTime ofCancel = cancel == null ? null : cancel.claimRequestDate();
            OffsetDateTime ofReturn = returned == null ? null : returned.claimRequestDate();
            OffsetDateTime ofExchange = exchange == null ? null : exchange.claimRequestDate();
            if (type == ClaimType.CANCEL || type == ClaimType.ADMIN_CANCEL) {
                return ofCancel;
            }
            if (type == ClaimType.RETURN) {
                return ofReturn;
            }
            if (type == ClaimType.EXCHANGE) {
                return ofExchange;
            }
            return ofCancel != null ? ofCancel : ofReturn != null ? ofReturn : ofExchange;
        }
    }

    private static String raw(Coded<?> coded) {
        return coded == null ? null : coded.raw();
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
