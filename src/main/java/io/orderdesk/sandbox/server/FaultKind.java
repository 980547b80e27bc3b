package io.orderdesk.sandbox.server;

import io.orderdesk.sandbox.Endpoint;

/**
 * The ways the sandbox can misbehave on purpose, each one a failure a real client meets sooner or later. Whether
 * the call still reaches the shop is part of each kind's meaning: only LATENCY, HOLD, MALFORMED_JSON and BAD_ITEM
 * let it through.
 */
public enum FaultKind {
    /** Waits {@code latencyMs} before handling the call, then answers normally. */
    LATENCY,
    /** 429 {@code GW.RATE_LIMIT} even though the bucket has room; the call is not applied. */
    RATE_LIMIT,
    /** 500 {@code GW.INTERNAL_SERVER_ERROR}; not applied. */
    SERVER_ERROR,
    /** 503 {@code GW.BLOCK.01}; not applied. */
    UNAVAILABLE,
    /** 504 {@code GW.TIMEOUT.01} at once; not applied. */
    GATEWAY_TIMEOUT,
    /** Applies the call, then keeps the response back for {@code latencyMs}: the "timed out, but did it happen?" case. */
    HOLD,
    /** Every token issued so far expires before the call is checked, so it fails with 401 {@code GW.AUTHN}. */
    TOKEN_EXPIRY,
    /** 403 {@code GW.IP_NOT_ALLOWED} before the token is even looked at. */
    IP_NOT_ALLOWED,
    /** Applies the call and answers 200 with the JSON cut off halfway. */
    MALFORMED_JSON,
    /** 502 with an HTML page, as a proxy in front of the gateway answers; not applied. */
    HTML_ERROR,
    /** For the two detail reads only: one element of the data array gets a wrongly typed field. */
    BAD_ITEM;

    /** Kinds decided before authentication, like the real gateway's IP filter. */
    boolean beforeAuth() {
        return this == IP_NOT_ALLOWED || this == TOKEN_EXPIRY;
    }

    /** BAD_ITEM only makes sense where the data holds a list of product-order details. */
    boolean appliesTo(String endpointName) {
        if (this != BAD_ITEM) {
            return true;
        }
        return endpointName.equals(Endpoint.QUERY_PRODUCT_ORDERS.name())
                || endpointName.equals(Endpoint.PRODUCT_ORDERS.name());
    }

    long defaultLatencyMs() {
        return switch (this) {
            case LATENCY -> 1_000;
            case HOLD -> 60_000;
            default -> 0;
        };
    }
}
