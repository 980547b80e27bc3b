package io.orderdesk.api.dto;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The body of a failed call, from the API server (numeric {@code code} such as {@code "104442"}) or from the gateway
 * ({@code code} starting with {@code GW.}, e.g. {@code GW.AUTHN}). {@code invalidInputs} appears on some validation
 * errors only.
 */
public record ErrorBody(
        String code,
        String message,
        OffsetDateTime timestamp,
        String traceId,
        List<InvalidInput> invalidInputs) {
}
