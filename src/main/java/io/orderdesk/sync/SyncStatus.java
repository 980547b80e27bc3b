package io.orderdesk.sync;

import io.orderdesk.api.error.NpayApiException;
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
