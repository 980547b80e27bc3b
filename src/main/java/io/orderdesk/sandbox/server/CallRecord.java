package io.orderdesk.sandbox.server;

import java.time.Instant;
import java.util.List;

/**
 * One API call as the sandbox received it, for tests that must prove what reached the API and how often.
 *
 * @param time            sandbox-clock time the call arrived
 * @param endpoint        the {@code Endpoint} name, {@code TOKEN}, or null for a path the gateway does not know
 * @param method          HTTP method
 * @param path            raw request path
 * @param productOrderIds ids named in the path or body (confirm/query ids, dispatch items), in request order
 * @param applied         true when the shop handled the call and answered 2xx, so a write took effect as far as the
 *                        shop's per-line results say, even if the client never saw the answer
 * @param status          HTTP status sent (or, for a held response, about to be sent)
 * @param traceId         the {@code GNCP-GW-Trace-ID} of the response
 * @param fault           the fault kind injected into this call, or null
 */
public record CallRecord(Instant time, String endpoint, String method, String path, List<String> productOrderIds,
                         boolean applied, int status, String traceId, FaultKind fault) {

    public CallRecord {
        productOrderIds = List.copyOf(productOrderIds);
    }
}
