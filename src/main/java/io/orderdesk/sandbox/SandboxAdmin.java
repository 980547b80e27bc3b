package io.orderdesk.sandbox;

/**
 * The sandbox's admin side under {@code /__sandbox/}: not part of the real API, used by tests, demo mode and
 * training to shape the world. Bodies are decoded JSON as in {@link ApiRequest#body()}. Must be thread-safe.
 */
public interface SandboxAdmin {

    /** {@code POST /__sandbox/reset} {@code {"seed":42,"orders":500,"days":14}}: a fresh, deterministic world. */
    ApiResult reset(Object body);

    /** {@code POST /__sandbox/orders} {@code {"state":"PAYED","lines":2}}: returns orderId and productOrderIds. */
    ApiResult createOrder(Object body);

    /** {@code POST /__sandbox/events} {@code {"productOrderId":"…","event":"PICKUP"}}: returns the new state. */
    ApiResult event(Object body);

    /** {@code POST /__sandbox/clock} {@code {"advanceMinutes":60}}: moves the clock and runs what fell due. */
    ApiResult advanceClock(Object body);

    /** {@code GET /__sandbox/product-orders/{id}}: the product order as the sandbox holds it. */
    ApiResult productOrder(String productOrderId);
}
