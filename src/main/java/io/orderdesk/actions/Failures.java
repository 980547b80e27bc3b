package io.orderdesk.actions;

import io.orderdesk.api.auth.TokenIssuer;
import io.orderdesk.api.error.AuthenticationException;
import io.orderdesk.api.error.IpNotAllowedException;
import io.orderdesk.api.error.NetworkException;
import io.orderdesk.api.error.NpayApiException;
import io.orderdesk.api.error.OutcomeUnknownException;
import io.orderdesk.api.error.RateLimitedException;
import io.orderdesk.api.error.ServerException;

/**
 * Sorts a failed write call by what it says about the request. The client already guarantees the hard part (see
 * {@code RetryInterceptor} and {@code ErrorMapper}): a write that may have reached Naver Pay is always an
 * {@link OutcomeUnknownException}; a {@link NetworkException} on a write means no connection was ever made; a
 * {@link RateLimitedException} (429) and a 503 ({@code GW.BLOCK.*}) were turned away before they were handled.
 */
final class Failures {

    /** What a failed call means for its lines. */
    enum Kind {
        /** The request provably never reached the API: send again later, on its own. */
        NOT_SENT,
        /** It may have been applied: settle by re-reading, never send again on its own. */
        UNKNOWN,
        /** Naver Pay refused it: store the reason; only a person sends it again. */
        REFUSED
    }

    private Failures() {
    }

    static Kind of(RuntimeException failure) {
        if (failure instanceof OutcomeUnknownException) {
            return Kind.UNKNOWN;
        }
        if (failure instanceof NetworkException || failure instanceof RateLimitedException) {
            return Kind.NOT_SENT;
        }
        if (failure instanceof ServerException server && server.httpStatus() == 503) {
            return Kind.NOT_SENT;
        }
        if (failure instanceof NpayApiException api) {
            boolean tokenStep = TokenIssuer.ENDPOINT.equals(api.endpoint());
            // The token is fetched before the write goes out; if that failed for a passing reason, the write never left.
            if (tokenStep && !(api instanceof AuthenticationException) && !(api instanceof IpNotAllowedException)) {
                return Kind.NOT_SENT;
            }
            return Kind.REFUSED;
        }
        // Not the client's typed failure: a bug somewhere around the call. Whether the request left is not known.
        return Kind.UNKNOWN;
    }

    /** The code to keep with the lines: the API's, else the HTTP status, else the failure's type. */
    static String code(RuntimeException failure) {
        if (failure instanceof NpayApiException api) {
            if (api.code() != null) {
                return api.code();
            }
            return api.httpStatus() > 0 ? "HTTP " + api.httpStatus() : api.getClass().getSimpleName();
        }
        return failure.getClass().getSimpleName();
    }

    /** A Korean sentence for the lines' result. */
    static String message(RuntimeException failure) {
        if (failure instanceof NpayApiException api) {
            return api.userMessage();
        }
        return "전송 중 예상하지 못한 오류가 났습니다: " + failure.getMessage();
    }

    static String traceId(RuntimeException failure) {
        return failure instanceof NpayApiException api ? api.traceId() : null;
    }
}
