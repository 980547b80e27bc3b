package io.orderdesk.api.http;

import io.orderdesk.api.error.ApiErrorBody;
import java.io.IOException;
import okhttp3.Response;

/** Names of the gateway's response headers (§3.3) and a non-consuming look at an error body's code. */
final class GatewayHeaders {

    static final String TRACE_ID = "GNCP-GW-Trace-ID";
    static final String REPLENISH_RATE = "GNCP-GW-RateLimit-Replenish-Rate";
    static final String BURST_CAPACITY = "GNCP-GW-RateLimit-Burst-Capacity";
    static final String REMAINING = "GNCP-GW-RateLimit-Remaining";
    static final String RETRY_AFTER = "Retry-After";

    private static final long PEEK_LIMIT = 64 * 1024;

    private GatewayHeaders() {
    }

    /**
     * The {@code code} of the response's JSON error body, or null. Peeks, so the body stays readable for
     * whoever handles the response next.
     */
    static String peekErrorCode(Response response) {
        try {
            return ApiErrorBody.parse(response.peekBody(PEEK_LIMIT).string()).map(ApiErrorBody::code).orElse(null);
        } catch (IOException unreadable) {
            return null;
        }
    }
}
