package io.orderdesk.sync;

import io.orderdesk.api.dto.Address;
import io.orderdesk.api.dto.CancelClaim;
import io.orderdesk.api.dto.CompletedClaim;
import io.orderdesk.api.dto.CurrentClaim;
import io.orderdesk.api.dto.Delivery;
import io.orderdesk.api.dto.ExchangeClaim;
import io.orderdesk.api.dto.Order;
import io.orderdesk.api.dto.ProductOrder;
import io.orderdesk.api.dto.ProductOrderDetail;
import io.orderdesk.api.dto.ReturnClaim;
import io.orderdesk.domain.ClaimDetail;
import io.orderdesk.domain.ClaimType;
import io.orderdesk.domain.Coded;
import io.orderdesk.domain.CollectStatus;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.HistoryItem;
import io.orderdesk.domain.HoldbackReason;
import io.orderdesk.domain.HoldbackStatus;
import io.orderdesk.domain.OrderDetail;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Turns a stored product-order detail (the API's DTO) into the {@link OrderDetail} the detail pane shows. The claim in
 * progress is read from {@code currentClaim}; the deprecated top-level copies only when it is absent, as
 * {@link StoredProductOrderMapper} does, so the list and the pane never disagree.
 */
public final class OrderDetailMapper {

    private OrderDetailMapper() {
    }

    /**
     * @param addressChanged the change feed's flag, which the detail JSON itself does not carry
     * @param history        the line's timeline, newest first
     * @throws IllegalArgumentException when the detail has no product order at all
     */
    public static OrderDetail map(ProductOrderDetail detail, boolean addressChanged,
                                  List<HistoryItem> history) {
        ProductOrder line = detail.productOrder();
        if (line == null || line.productOrderId() == null) {
            throw new IllegalArgumentException("Product order detail without productOrder.productOrderId");
        }
        return new OrderDetail(line.productOrderId(), null, payment(detail.order()), orderer(detail.order()),
                recipient(line, addressChanged), line(line), shipment(detail.delivery()), activeClaim(detail),
                detail.completedClaims() == null ? List.of() : detail.completedClaims().stream()
                        .filter(Objects::nonNull).map(OrderDetailMapper::completed).toList(),
                history);
    }

    private static OrderDetail.Payment payment(Order order) {
        if (order == null) {
            return null;
        }
        return new OrderDetail.Payment(order.orderId(), instant(order.orderDate()), instant(order.paymentDate()),
                order.paymentMeans(), order.payLocationType(), order.generalPaymentAmount(),
                order.naverMileagePaymentAmount(), order.chargeAmountPaymentAmount(),
                order.checkoutAccumulationPaymentAmount(), order.payLaterPaymentAmount(),
                order.orderDiscountAmount());
    }

    private static OrderDetail.Party orderer(Order order) {
        return order == null ? null : new OrderDetail.Party(order.ordererName(), order.ordererId(), order.ordererTel());
    }

    private static OrderDetail.Recipient recipient(ProductOrder line, boolean addressChanged) {
        Address address = line.shippingAddress();
        if (address == null) {
            return new OrderDetail.Recipient(null, null, null, null, null, null, addressChanged,
                    line.shippingMemo(), null, null);
        }
        return new OrderDetail.Recipient(address.name(), address.tel1(), address.tel2(), address.zipCode(),
                address.baseAddress(), address.detailedAddress(), addressChanged, line.shippingMemo(),
                labelled(address.pickupLocationType(), address.pickupLocationContent()),
                labelled(address.entryMethod(), address.entryMethodContent()));
    }

    private static OrderDetail.Line line(ProductOrder p) {
        return new OrderDetail.Line(p.productOrderStatus(), p.placeOrderStatus(), instant(p.placeOrderDate()),
                p.productName(), p.productOption(), p.productId(), p.sellerProductCode(), p.quantity(), p.unitPrice(),
                p.optionPrice(), p.totalProductAmount(), p.productDiscountAmount(), p.deliveryFeeAmount(),
                p.totalPaymentAmount(), p.expectedSettlementAmount(), p.freeGift(), instant(p.shippingDueDate()),
                instant(p.decisionDate()), p.delayedDispatchReason(), p.delayedDispatchDetailedReason());
    }

    private static OrderDetail.Shipment shipment(Delivery d) {
        if (d == null) {
            return null;
        }
        return new OrderDetail.Shipment(d.deliveryCompany(), d.trackingNumber(), d.deliveryMethod(),
                d.deliveryStatus(), instant(d.sendDate()), instant(d.deliveredDate()),
                Boolean.TRUE.equals(d.isWrongTrackingNumber()));
    }

    /** The claim the line's own {@code claimType} names; any one present when the type is missing or unknown. */
    private static ClaimDetail activeClaim(ProductOrderDetail detail) {
        CurrentClaim current = detail.currentClaim();
        CancelClaim cancel = current != null ? current.cancel() : detail.cancel();
        ReturnClaim returned = current != null ? current.returnClaim() : detail.returnClaim();
        ExchangeClaim exchange = current != null ? current.exchange() : detail.exchange();
        Coded<ClaimType> type = detail.productOrder().claimType();
        ClaimType known = type == null ? null : type.value();
        if (cancel != null && (known == ClaimType.CANCEL || known == ClaimType.ADMIN_CANCEL)) {
            return cancel(cancel, type);
        }
        if (returned != null && known == ClaimType.RETURN) {
            return returned(returned);
        }
        if (exchange != null && known == ClaimType.EXCHANGE) {
            return exchange(exchange);
        }
        if (cancel != null) {
            return cancel(cancel, type != null ? type : Coded.known(ClaimType.CANCEL));
        }
        if (returned != null) {
            return returned(returned);
        }
        return exchange == null ? null : exchange(exchange);
    }

    private static ClaimDetail cancel(CancelClaim c, Coded<ClaimType> type) {
        return new ClaimDetail(type, c.claimStatus(), c.claimId(), instant(c.claimRequestDate()), c.cancelReason(),
                c.cancelDetailedReason(), c.requestQuantity(), c.requestChannel(), null, null, null,
                instant(c.refundExpectedDate()), instant(c.cancelCompletedDate()));
    }

    private static ClaimDetail returned(ReturnClaim r) {
        return new ClaimDetail(Coded.known(ClaimType.RETURN), r.claimStatus(), r.claimId(),
                instant(r.claimRequestDate()), r.returnReason(), r.returnDetailedReason(), r.requestQuantity(),
                r.requestChannel(),
                holdback(r.holdbackStatus(), r.holdbackReason(), r.holdbackDetailedReason(), r.holdbackConfigDate(),
                        r.holdbackReleaseDate()),
                fees(r.claimDeliveryFeeDemandAmount(), r.claimDeliveryFeePayMeans(), r.etcFeeDemandAmount(),
                        r.remoteAreaCostChargeAmount(), r.claimDeliveryFeeDiscountAmount()),
                collect(r.collectDeliveryCompany(), r.collectTrackingNumber(), r.collectStatus(),
                        r.collectCompletedDate()),
                instant(r.refundExpectedDate()), instant(r.returnCompletedDate()));
    }

    private static ClaimDetail exchange(ExchangeClaim e) {
        return new ClaimDetail(Coded.known(ClaimType.EXCHANGE), e.claimStatus(), e.claimId(),
                instant(e.claimRequestDate()), e.exchangeReason(), e.exchangeDetailedReason(), e.requestQuantity(),
                e.requestChannel(),
                holdback(e.holdbackStatus(), e.holdbackReason(), e.holdbackDetailedReason(), e.holdbackConfigDate(),
                        e.holdbackReleaseDate()),
                fees(e.claimDeliveryFeeDemandAmount(), e.claimDeliveryFeePayMeans(), e.etcFeeDemandAmount(),
                        e.remoteAreaCostChargeAmount(), e.claimDeliveryFeeDiscountAmount()),
                collect(e.collectDeliveryCompany(), e.collectTrackingNumber(), e.collectStatus(),
                        e.collectCompletedDate()),
                null, null);
    }

    private static ClaimDetail completed(CompletedClaim c) {
        return new ClaimDetail(c.claimType(), c.claimStatus(), c.claimId(), instant(c.claimRequestDate()),
                c.claimRequestReason(), c.claimRequestDetailContent(), c.requestQuantity(), c.requestChannel(),
                holdback(c.holdbackStatus(), c.holdbackReason(), c.holdbackDetailedReason(), c.holdbackConfigDate(),
                        c.holdbackReleaseDate()),
                fees(c.claimDeliveryFeeDemandAmount(), c.claimDeliveryFeePayMeans(), c.etcFeeDemandAmount(),
                        c.remoteAreaCostChargeAmount(), c.claimDeliveryFeeDiscountAmount()),
                collect(c.collectDeliveryCompany(), c.collectTrackingNumber(), c.collectStatus(),
                        c.collectCompletedDate()),
                instant(c.refundExpectedDate()), instant(c.claimCompleteOperationDate()));
    }

    private static ClaimDetail.Holdback holdback(Coded<HoldbackStatus> status, Coded<HoldbackReason> reason,
                                                 String detail, OffsetDateTime configured, OffsetDateTime released) {
        if (status == null && reason == null && detail == null) {
            return null;
        }
        return new ClaimDetail.Holdback(status, reason, detail, instant(configured), instant(released));
    }

    private static ClaimDetail.Fees fees(Long delivery, String payMeans, Long etc, Long remote, Long discount) {
        if (delivery == null && etc == null && remote == null && discount == null) {
            return null;
        }
        return new ClaimDetail.Fees(delivery, payMeans, etc, remote, discount);
    }

    private static ClaimDetail.Collect collect(Coded<DeliveryCompany> company, String tracking,
                                               Coded<CollectStatus> status, OffsetDateTime completed) {
        if (company == null && tracking == null && status == null && completed == null) {
            return null;
        }
        return new ClaimDetail.Collect(company, tracking, status, instant(completed));
    }

    /** "문 앞 (문 앞에 놓아 주세요)": the option's label with the buyer's own words, either of which may be missing. */
    private static String labelled(Coded<?> code, String content) {
        String label = code == null ? null : code.label();
        boolean hasContent = content != null && !content.isBlank();
        if (label == null) {
            return hasContent ? content : null;
        }
        return hasContent ? label + " (" + content + ")" : label;
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
