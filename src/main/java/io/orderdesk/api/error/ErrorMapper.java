package io.orderdesk.api.error;

import io.orderdesk.api.auth.TokenIssuer;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import okhttp3.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failed call into the one {@link NpayApiException} that says what happened, and logs its
 * technical side once at WARN (endpoint, status, code, trace ID, the error body's message). Stateless
 * and thread-safe.
 *
 * <p>The rule that matters most: for a <em>write</em>, any failure after which Naver Pay may already have
 * applied the change becomes {@link OutcomeUnknownException}, so nobody sends it a second time blindly.
 */
public final class ErrorMapper {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    private static final String TRACE_ID_HEADER = "GNCP-GW-Trace-ID";
    private static final String TOKEN_PATH = "/v1/oauth2/token";
    private static final int SNIPPET_LENGTH = 200;

    /**
     * Maps a non-2xx response.
     *
     * @param endpoint the endpoint name
     * @param write    whether the call changes state on the server (see {@code EndpointInfo})
     * @param status   the HTTP status
     * @param headers  the response headers; the trace ID is taken from them when the body has none
     * @param body     the response body as text, possibly empty or not JSON at all
     */
    public NpayApiException fromResponse(String endpoint, boolean write, int status, Headers headers, String body) {
        Optional<ApiErrorBody> parsed = ApiErrorBody.parse(body);
        boolean unreadable = body != null && !body.isBlank() && parsed.isEmpty();
        String code = parsed.map(ApiErrorBody::code).orElse(null);
        String message = parsed.map(ApiErrorBody::message).orElse(null);
        String traceId = parsed.map(ApiErrorBody::traceId).orElseGet(() -> headerTraceId(headers));
        List<InvalidInputDetail> details = parsed.map(ApiErrorBody::invalidInputs).orElse(List.of());

        NpayApiException mapped;
        if (write && mayHaveActed(status, code)) {
            mapped = new OutcomeUnknownException(endpoint, status, code, traceId, message, null);
        } else if (unreadable) {
            mapped = new MalformedResponseException(endpoint, status, traceId, "error body is not JSON", null);
        } else {
            mapped = byStatusAndCode(endpoint, status, code, traceId, message, details);
        }
        if (unreadable) {
            LOG.warn("Npay call {} failed: HTTP {}, traceId {}, unreadable body \"{}\" -> {}",
                    endpoint, status, traceId, snippet(body), mapped.getClass().getSimpleName());
        } else {
            LOG.warn("Npay call {} failed: HTTP {}, code {}, traceId {}, message \"{}\" -> {}",
                    endpoint, status, code, traceId, message, mapped.getClass().getSimpleName());
        }
        return mapped;
    }

    /**
     * Maps an I/O failure. A write that may have left this PC becomes {@link OutcomeUnknownException};
     * this also covers a failure while reading a write's response body, which happens after the
     * interceptors are done and so never carries {@link OutcomeUnknownIoException}.
     *
     * @param traceId the trace ID seen for this call, if any (usually null)
     */
    public NpayApiException fromIOException(String endpoint, boolean write, IOException e, String traceId) {
        boolean notSent = IoFailures.provablyNotSent(e);
        NpayApiException mapped;
        if (hasOutcomeUnknownCause(e) || (write && !notSent)) {
            mapped = new OutcomeUnknownException(endpoint, 0, null, traceId, String.valueOf(e), e);
        } else {
            mapped = new NetworkException(endpoint, !notSent, traceId, e);
        }
        LOG.warn("Npay call {} failed without a response -> {}", endpoint, mapped.getClass().getSimpleName(), e);
        return mapped;
    }

    /** A response that arrived but could not be understood, e.g. a 200 whose JSON has the wrong shape. */
    public MalformedResponseException malformed(String endpoint, int status, String traceId, Exception cause) {
        MalformedResponseException mapped =
                new MalformedResponseException(endpoint, status, traceId, String.valueOf(cause), cause);
        LOG.warn("Npay call {} returned an unreadable response: HTTP {}, traceId {}", endpoint, status, traceId,
                cause);
        return mapped;
    }

    private static NpayApiException byStatusAndCode(String endpoint, int status, String code, String traceId,
                                                     String message, List<InvalidInputDetail> details) {
        if ("GW.IP_NOT_ALLOWED".equals(code)) {
            return new IpNotAllowedException(endpoint, status, code, traceId, message);
        }
        if ("GW.AUTHN".equals(code) || status == 401 || status == 403
                || (status == 400 && isTokenEndpoint(endpoint))) {
            return new AuthenticationException(endpoint, status, code, traceId, message);
        }
        if ("GW.RATE_LIMIT".equals(code) || "GW.QUOTA_LIMIT".equals(code) || status == 429) {
            return new RateLimitedException(endpoint, status, code, traceId, message);
        }
        if ("GW.NOT_FOUND".equals(code) || "100001".equals(code) || "100003".equals(code) || status == 404) {
            return new NotFoundException(endpoint, status, code, traceId, message);
        }
        if (status >= 500 || isGatewayServerCode(code)) {
            return new ServerException(endpoint, status, code, traceId, message);
        }
        if (status >= 400) {
            return new InvalidInputException(endpoint, status, code, traceId, message, details);
        }
        return new MalformedResponseException(endpoint, status, traceId, "unexpected status " + status, null);
    }

    /**
     * 504 and the gateway's "lost the service's answer" codes mean the service got the request. A 5xx
     * other than 503 without any code (an empty or HTML page from some proxy) tells us nothing either
     * way, so it is treated the same; 503 means the request was turned away before it was handled.
     */
    private static boolean mayHaveActed(int status, String code) {
        if (status == 504 || "GW.PROXY.03".equals(code) || "GW.PROXY.04".equals(code)
                || (code != null && code.startsWith("GW.TIMEOUT."))) {
            return true;
        }
        return status >= 500 && status != 503 && code == null;
    }

    private static boolean isGatewayServerCode(String code) {
        return code != null && (code.startsWith("GW.PROXY.") || code.startsWith("GW.BLOCK.")
                || code.startsWith("GW.TIMEOUT.") || code.equals("GW.INTERNAL_SERVER_ERROR"));
    }

    private static boolean isTokenEndpoint(String endpoint) {
        return TokenIssuer.ENDPOINT.equals(endpoint) || (endpoint != null && endpoint.endsWith(TOKEN_PATH));
    }

    private static boolean hasOutcomeUnknownCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutcomeUnknownIoException) {
                return true;
            }
        }
        return false;
    }

    private static String headerTraceId(Headers headers) {
        String value = headers == null ? null : headers.get(TRACE_ID_HEADER);
        return value == null || value.isBlank() ? null : value;
    }

    private static String snippet(String body) {
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() <= SNIPPET_LENGTH ? flat : flat.substring(0, SNIPPET_LENGTH) + "…";
    }
}
