package io.orderdesk.api;

import io.orderdesk.api.json.RejectedItem;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A successful call's data with what callers need to record it.
 *
 * @param data       the envelope's {@code data} (for lists: only the items that parsed)
 * @param traceId    the call's trace ID (body {@code traceId}, else the {@code GNCP-GW-Trace-ID} header); may be null
 * @param serverTime the envelope's {@code timestamp}, for clock-drift checks; may be null
 * @param rejected   list elements the API sent that could not be read; already logged with the trace ID, and
 *                   the caller should fetch them again later
 */
public record NpayResponse<T>(T data, String traceId, OffsetDateTime serverTime, List<RejectedItem> rejected) {

    public NpayResponse {
        rejected = List.copyOf(rejected);
    }
}
