package io.orderdesk.api.error;

/**
 * Every failure of a Naver Pay API call, as one small family of types (STYLE.md habit 6).
 *
 * <p>Two audiences: {@link #getMessage()} is the technical sentence for the log (endpoint, status, code,
 * trace ID); {@link #userMessage()} is a short Korean sentence a shop worker understands. The trace ID
 * is what Naver support asks for, so screens keep it one click away.
 *
 * <p>Subclasses are final and chosen by {@link ErrorMapper}; callers branch on the type, not on codes.
 */
public abstract class NpayApiException extends RuntimeException {

    private final String endpoint;
    private final int httpStatus;
    private final String code;
    private final String traceId;

    /**
     * @param endpoint   the endpoint name (the API interface method, see {@code EndpointInfo})
     * @param httpStatus the HTTP status, or 0 when no response was received
     * @param code       the gateway ({@code GW.*}) or API-server code, or null
     * @param traceId    the {@code GNCP-GW-Trace-ID}, or null
     * @param detail     technical detail for the log
     * @param cause      the underlying exception, or null
     */
    protected NpayApiException(
            String endpoint, int httpStatus, String code, String traceId, String detail, Throwable cause) {
        super(describe(endpoint, httpStatus, code, traceId, detail), cause);
        this.endpoint = endpoint;
        this.httpStatus = httpStatus;
        this.code = code;
        this.traceId = traceId;
    }

    /** The HTTP status of the response, or 0 when there was none (network failure, refused locally). */
    public int httpStatus() {
        return httpStatus;
    }

    /** The endpoint name the call was made to. */
    public String endpoint() {
        return endpoint;
    }

    /** The gateway trace ID to quote to Naver support; null when the server never answered. */
    public String traceId() {
        return traceId;
    }

    /** The gateway ({@code GW.RATE_LIMIT}) or API-server ({@code 104131}) code, or null. */
    public String code() {
        return code;
    }

    /** A short Korean sentence for the shop worker: what happened and what to do, never technical. */
    public abstract String userMessage();

    private static String describe(String endpoint, int status, String code, String traceId, String detail) {
        StringBuilder text = new StringBuilder().append(endpoint);
        if (status > 0) {
            text.append(" HTTP ").append(status);
        }
        if (code != null) {
            text.append(' ').append(code);
        }
        if (detail != null && !detail.isBlank()) {
            text.append(": ").append(detail);
        }
        if (traceId != null) {
            text.append(" (traceId ").append(traceId).append(')');
        }
        return text.toString();
    }
}
