package io.orderdesk.sandbox;

/**
 * The 20 order endpoints of the 주문형 API as the sandbox serves them, relative to {@code /npay/partner}.
 * Path templates use {@code {productOrderId}} / {@code {orderId}} placeholders.
 */
public enum Endpoint {
    LAST_CHANGED_STATUSES("GET", "/v1/pay-order/mall/product-orders/last-changed-statuses", false),
    QUERY_PRODUCT_ORDERS("POST", "/v1/pay-order/mall/product-orders/query", false),
    PRODUCT_ORDER_IDS("GET", "/v1/pay-order/mall/orders/{orderId}/product-order-ids", false),
    PRODUCT_ORDERS("GET", "/v1/pay-order/mall/product-orders", false),
    CONFIRM("POST", "/v1/pay-order/mall/product-orders/confirm", true),
    DELAY("POST", "/v1/pay-order/mall/product-orders/{productOrderId}/delay", true),
    DISPATCH("POST", "/v1/pay-order/mall/product-orders/dispatch", true),
    CANCEL_REQUEST("POST", "/v1/pay-order/mall/product-orders/{productOrderId}/claim/cancel/request", true),
    CANCEL_APPROVE("POST", "/v1/pay-order/mall/product-orders/{productOrderId}/claim/cancel/approve", true),
    RETURN_REQUEST("POST", "/v1/pay-order/mall/product-orders/{productOrderId}/claim/return/request", true),
    RETURN_APPROVE("POST", "/v1/pay-order/mall/product-orders/{productOrderId}/claim/return/approve", true),
    RETURN_REJECT("POST", "/v1/pay-order/mall/product-orders/{productOrderId}/claim/return/reject", true),
    RETURN_HOLDBACK("POST", "/v1/pay-order/mall/product-orders/{productOrderId}/claim/return/holdback", true),
    RETURN_HOLDBACK_RELEASE("POST",
            "/v1/pay-order/mall/product-orders/{productOrderId}/claim/return/holdback/release", true),
    EXCHANGE_COLLECT_COMPLETE("POST",
            "/v1/pay-order/mall/product-orders/{productOrderId}/claim/exchange/collect/complete", true),
    EXCHANGE_DISPATCH("POST", "/v1/pay-order/mall/product-orders/{productOrderId}/claim/exchange/dispatch", true),
    EXCHANGE_REJECT("POST", "/v1/pay-order/mall/product-orders/{productOrderId}/claim/exchange/reject", true),
    EXCHANGE_HOLDBACK("POST", "/v1/pay-order/mall/product-orders/{productOrderId}/claim/exchange/holdback", true),
    EXCHANGE_HOLDBACK_RELEASE("POST",
            "/v1/pay-order/mall/product-orders/{productOrderId}/claim/exchange/holdback/release", true),
    REVIEWS("GET", "/v1/pay-order/mall/reviews", false);

    private final String method;
    private final String pathTemplate;
    private final boolean write;

    Endpoint(String method, String pathTemplate, boolean write) {
        this.method = method;
        this.pathTemplate = pathTemplate;
        this.write = write;
    }

    public String method() {
        return method;
    }

    public String pathTemplate() {
        return pathTemplate;
    }

    /** True for the 15 calls that change a product order. */
    public boolean isWrite() {
        return write;
    }
}
