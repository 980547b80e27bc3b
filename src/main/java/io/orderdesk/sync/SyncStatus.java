package io.orderdesk.sync;

import io.orderdesk.api.error.AuthenticationException;
import io.orderdesk.api.error.InvalidInputException;
import io.orderdesk.api.error.IpNotAllowedException;
import io.orderdesk.api.error.MalformedResponseException;
import io.orderdesk.api.error.NetworkException;
import io.orderdesk.api.error.NotFoundException;
import io.orderdesk.api.error.NpayApiException;
import io.orderdesk.api.error.OutcomeUnknownException;
import io.orderdesk.api.error.RateLimitedException;
import io.orderdesk.api.error.RequestRejectedException;
import io.orderdesk.api.error.ServerException;
import java.time.Instant;

/**
 * What a screen shows about syncing.
 *
 * @param running       a run is in progress
 * @param lastSyncedAt  when a run last finished OK, or null
 * @param offlineSince  when runs started failing for network or server reasons (the cached data is still shown),
 *                      or null while the API is reachable
 * @param lastError     the failure of the last run, or null when it succeeded
 */
public record SyncStatus(boolean running, Instant lastSyncedAt, Instant offlineSince, RuntimeException lastError) {

    public static final SyncStatus NEVER = new SyncStatus(false, null, null, null);

    /**
     * What kind of failure stopped the last run, as a stable code: screens word it in the user's language (one
     * sentence per constant), while {@link #userMessage()} stays the Korean sentence for the command line.
     */
    public enum Problem {
        /** Naver Pay refused the application ID or secret. */
        AUTHENTICATION,
        /** {@code GW.IP_NOT_ALLOWED}: this PC's public IP is not registered. */
        IP_NOT_ALLOWED,
        /** Too many calls right now. */
        RATE_LIMITED,
        /** {@code GW.QUOTA_LIMIT}: the hourly allowance is used up. */
        QUOTA_USED_UP,
        /** The server could not be reached at all. */
        UNREACHABLE,
        /** The connection broke off while waiting for the answer. */
        CONNECTION_LOST,
        /** A temporary server error. */
        SERVER,
        /** {@code GW.BLOCK.02}: Naver Pay is under maintenance. */
        MAINTENANCE,
        /** An answer this version cannot read. */
        BAD_RESPONSE,
        /** {@code 100001}: no such product order. */
        PRODUCT_ORDER_NOT_FOUND,
        /** {@code 100003}: no such order. */
        ORDER_NOT_FOUND,
        /** {@code GW.NOT_FOUND}: the API does not know the call; this version is outdated. */
        API_NOT_FOUND,
        /** Any other "not found". */
        NOT_FOUND,
        /** A request was sent but no verdict came back. */
        OUTCOME_UNKNOWN,
        /** Naver Pay rejected the request's content. */
        INVALID_INPUT,
        /** The request was not sent because it broke a limit of the API. */
        REJECTED,
        /** Anything that is not a Naver Pay API failure. */
        UNEXPECTED;

        /** The kind of {@code error}; never null. */
        public static Problem of(RuntimeException error) {
            if (error instanceof AuthenticationException) {
                return AUTHENTICATION;
            }
            if (error instanceof IpNotAllowedException) {
                return IP_NOT_ALLOWED;
            }
            if (error instanceof RateLimitedException limited) {
                return "GW.QUOTA_LIMIT".equals(limited.code()) ? QUOTA_USED_UP : RATE_LIMITED;
            }
            if (error instanceof NetworkException network) {
                return network.sent() ? CONNECTION_LOST : UNREACHABLE;
            }
            if (error instanceof ServerException server) {
                return "GW.BLOCK.02".equals(server.code()) ? MAINTENANCE : SERVER;
            }
            if (error instanceof MalformedResponseException) {
                return BAD_RESPONSE;
            }
            if (error instanceof NotFoundException notFound) {
                return notFound(notFound.code());
            }
            if (error instanceof OutcomeUnknownException) {
                return OUTCOME_UNKNOWN;
            }
            if (error instanceof InvalidInputException) {
                return INVALID_INPUT;
            }
            return error instanceof RequestRejectedException ? REJECTED : UNEXPECTED;
        }

        private static Problem notFound(String code) {
            if ("100001".equals(code)) {
                return PRODUCT_ORDER_NOT_FOUND;
            }
            if ("100003".equals(code)) {
                return ORDER_NOT_FOUND;
            }
            return "GW.NOT_FOUND".equals(code) ? API_NOT_FOUND : NOT_FOUND;
        }
    }

    /** What kind of failure the last run had; null when it succeeded. */
    public Problem problem() {
        return lastError == null ? null : Problem.of(lastError);
    }

    /** A Korean sentence for the last failure, for a shop worker; null when the last run succeeded. */
    public String userMessage() {
        if (lastError == null) {
            return null;
        }
        if (lastError instanceof NpayApiException api) {
            return api.userMessage();
        }
        return "동기화 중 예상하지 못한 오류가 발생했습니다. 저장된 주문은 그대로 볼 수 있습니다.";
    }

    /** The trace ID of the last failure, if the API gave one. */
    public String traceId() {
        return lastError instanceof NpayApiException api ? api.traceId() : null;
    }
}
