package io.orderdesk.api.dto;

import java.time.OffsetDateTime;

/**
 * The wrapper around every successful order-API response. {@code traceId} is documented as required but is missing
 * from some real responses, so it may be {@code null}; the {@code GNCP-GW-Trace-ID} header is the reliable source.
 *
 * @param <T> the endpoint's payload: an object, a list, or a {@code PartialList} for lists of orders
 */
public record Envelope<T>(OffsetDateTime timestamp, String traceId, T data) {
}
