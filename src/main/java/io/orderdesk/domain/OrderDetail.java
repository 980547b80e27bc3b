package io.orderdesk.domain;

import java.time.Instant;
import java.util.List;

/**
 * Everything the detail pane shows about one product order, in words and numbers rather than wire fields. Values the
 * API left out are {@code null}. Personal data (phone numbers, addresses) is complete here: only the order list masks
 * it. When the stored detail cannot be read, {@link #problem()} says why and only the id and the history are filled.
 *
 * @param problem         why the detail cannot be shown, or {@code null} when it can
 * @param activeClaim     the claim in progress, or {@code null}
 * @param completedClaims finished claims, oldest first
 * @param history         this store's versions of the line, newest first
 */
public record OrderDetail(
        String productOrderId,
        Problem problem,
        Payment payment,
        Party orderer,
        Recipient recipient,
        Line line,
        Shipment shipment,
        ClaimDetail activeClaim,
        List<ClaimDetail> completedClaims,
        List<HistoryItem> history) {

    /** Why a detail cannot be shown. */
    public enum Problem {
        /** The store has no such product order (e.g. it was selected while another PC reset the store). */
        NOT_FOUND,
        /** The stored JSON is not what this version understands; the raw JSON is kept untouched. */
        UNREADABLE
    }

    public OrderDetail {
        completedClaims = completedClaims == null ? List.of() : List.copyOf(completedClaims);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** A detail that cannot be shown, with whatever history the store has. */
    public static OrderDetail cannotShow(String productOrderId, Problem problem, List<HistoryItem> history) {
        return new OrderDetail(productOrderId, problem, null, null, null, null, null, null, List.of(), history);
    }

    public boolean readable() {
        return problem == null;
    }

    /** 주문/결제: the order this line belongs to and how it was paid. */
    public record Payment(String orderId, Instant orderDate, Instant paymentDate, String paymentMeans,
                          String payLocation, Long generalAmount, Long naverPointAmount, Long chargeAmount,
                          Long accumulationAmount, Long payLaterAmount, Long orderDiscountAmount) {
    }

    /** 주문자. */
    public record Party(String name, String memberId, String tel) {
    }

    /**
     * 수취인 and the delivery address.
     *
     * @param addressChanged the buyer changed the address after ordering (from the change feed)
     */
    public record Recipient(String name, String tel1, String tel2, String zipCode, String baseAddress,
                            String detailedAddress, boolean addressChanged, String memo, String pickupLocation,
                            String entryMethod) {
    }

    /** 상품, 옵션, 금액 and the line's own state. */
    public record Line(Coded<ProductOrderStatus> status, Coded<PlaceOrderStatus> placeOrderStatus,
                       Instant placeOrderDate, String productName, String productOption, String productId,
                       String sellerProductCode, Integer quantity, Long unitPrice, Long optionPrice,
                       Long productAmount, Long productDiscountAmount, Long deliveryFeeAmount, Long paymentAmount,
                       Long expectedSettlementAmount, String freeGift, Instant shippingDueDate, Instant decisionDate,
                       Coded<DelayedDispatchReason> delayReason, String delayDetail) {
    }

    /** 배송: present once the line was dispatched. */
    public record Shipment(Coded<DeliveryCompany> company, String trackingNumber, Coded<DeliveryMethod> method,
                           Coded<DeliveryStatus> status, Instant sendDate, Instant deliveredDate,
                           boolean wrongTrackingNumber) {
    }
}
