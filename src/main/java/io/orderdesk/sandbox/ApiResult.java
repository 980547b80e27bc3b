package io.orderdesk.sandbox;

/**
 * What the shop answers to one call. The HTTP layer wraps {@code data} in the {@code {timestamp, traceId, data}}
 * envelope for a 2xx status, or writes {@code {code, message, timestamp, traceId}} otherwise.
 *
 * @param status  HTTP status (200 for every well-formed write, whatever its per-line outcome)
 * @param data    JSON-ready value for the envelope's {@code data} (Maps with insertion order, Lists, Strings,
 *                Numbers, Booleans); null for errors
 * @param code    API error code for non-2xx results, e.g. {@code 4000} or {@code 104139}
 * @param message error message for non-2xx results, Korean as the API writes it
 */
public record ApiResult(int status, Object data, String code, String message) {

    public static ApiResult ok(Object data) {
        return new ApiResult(200, data, null, null);
    }

    public static ApiResult error(int status, String code, String message) {
        return new ApiResult(status, null, code, message);
    }

    public boolean isOk() {
        return status >= 200 && status < 300;
    }
}
