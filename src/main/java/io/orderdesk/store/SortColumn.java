package io.orderdesk.store;

/**
 * The order list's sortable columns. Every sort ends with the product order number, so equal values keep a stable
 * order between pages; absent values sort last in either direction.
 */
public enum SortColumn {
    /** 상품주문번호, numerically. */
    PRODUCT_ORDER_ID,
    /** 주문번호, numerically. */
    ORDER_ID,
    /** 결제일시. */
    PAYMENT_DATE,
    /** 상태: the product order status, in the order a line moves through them. */
    STATUS,
    /** 클레임: claim type, then claim status, in the order of the API's lists. */
    CLAIM,
    /** 구매자. */
    BUYER,
    /** 수취인. */
    RECEIVER,
    /** 상품명. */
    PRODUCT,
    /** 옵션. */
    OPTION,
    /** 수량. */
    QUANTITY,
    /** 결제금액. */
    AMOUNT,
    /** 발송기한. */
    SHIPPING_DUE,
    /** 택배사, by its Korean name. */
    CARRIER,
    /** 송장번호. */
    TRACKING
}
