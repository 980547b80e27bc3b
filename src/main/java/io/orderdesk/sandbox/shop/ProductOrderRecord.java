package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.DelayedDispatchReason;
import io.orderdesk.domain.GiftReceivingStatus;
import io.orderdesk.domain.LastChangedType;
import io.orderdesk.domain.PlaceOrderStatus;
import io.orderdesk.domain.ProductOrderStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One product order (상품 주문) with all its mutable state. Only {@link Transitions} change the state fields; the change
 * feed position ({@code lastChanged*}) only through {@link World#touch}.
 */
final class ProductOrderRecord {

    final String productOrderId;
    final OrderRecord order;
    final Product product;
    final Product.Option option;
    final Amounts amounts;
    final String inflowPath;
    final String shippingMemo;
    final String freeGift;

    ProductOrderStatus status;
    PlaceOrderStatus placeOrderStatus;
    int remainQuantity;
    Instant placeOrderDate;
    Instant shippingDueDate;
    DelayedDispatchReason delayReason;
    String delayDetail;
    Address shippingAddress;
    boolean addressChanged;
    GiftReceivingStatus giftStatus;
    Instant giftReceivedDate;
    Instant dispatchedDate;
    Instant decisionDate;
    DeliveryRecord delivery;
    ClaimRecord claim;
    ClaimRecord beforeExchange;
    final List<ClaimRecord> completedClaims = new ArrayList<>();

    LastChangedType lastChangedType;
    Instant lastChangedDate;

    ProductOrderRecord(String productOrderId, OrderRecord order, Product product, Product.Option option,
                       Amounts amounts, Address shippingAddress, String inflowPath, String shippingMemo,
                       String freeGift) {
        this.productOrderId = productOrderId;
        this.order = order;
        this.product = product;
        this.option = option;
        this.amounts = amounts;
        this.remainQuantity = amounts.quantity();
        this.shippingAddress = shippingAddress;
        this.inflowPath = inflowPath;
        this.shippingMemo = shippingMemo;
        this.freeGift = freeGift;
        this.giftStatus = order.gift ? GiftReceivingStatus.WAIT_FOR_RECEIVING : null;
    }

    /** A claim that still waits for someone; finished claims stay visible but block nothing. */
    boolean hasOpenClaim() {
        return claim != null && !claim.isFinished();
    }

    boolean isGiftWaiting() {
        return giftStatus == GiftReceivingStatus.WAIT_FOR_RECEIVING;
    }

    boolean isIn(ProductOrderStatus... statuses) {
        for (ProductOrderStatus candidate : statuses) {
            if (status == candidate) {
                return true;
            }
        }
        return false;
    }
}
