package io.orderdesk.sync;

import io.orderdesk.api.error.NpayApiException;
import java.util.List;

/**
 * What one {@link ReviewSync#fetch} did. Pages stored before a failure stay stored, so a failed report still counts
 * them.
 *
 * @param days     days of the period that were asked for (days after today are not)
 * @param pages    pages read
 * @param received reviews the API sent, readable or not
 * @param stored   reviews written to the store
 * @param inserted of those, reviews not stored before
 * @param skipped  reviews left out because they could not be read or lacked their id or date (logged with trace ID)
 * @param traceIds the trace IDs of the calls made, in order
 * @param error    the failure that stopped the fetch, or null when it ran to the end
 */
public record ReviewSyncReport(int days, int pages, int received, int stored, int inserted, int skipped,
                               List<String> traceIds, RuntimeException error) {

    public ReviewSyncReport {
        traceIds = List.copyOf(traceIds);
    }

    /** True when every page of the period was read. */
    public boolean ok() {
        return error == null;
    }

    /** A Korean sentence for the failure, for a shop worker; null when the fetch ran to the end. */
    public String userMessage() {
        if (error == null) {
            return null;
        }
        if (error instanceof NpayApiException api) {
            return api.userMessage();
        }
        return "리뷰를 불러오는 중 예상하지 못한 오류가 발생했습니다.";
    }

    /** The trace ID of the failed call, if the API gave one. */
    public String traceId() {
        return error instanceof NpayApiException api ? api.traceId() : null;
    }
}
