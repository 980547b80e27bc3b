package io.orderdesk.api.dto;

import io.orderdesk.domain.ApiErrorCode;
import io.orderdesk.domain.Coded;

/**
 * A product order the API refused in a bulk call. {@code code} stays a string on the wire; {@link #errorCode()}
 * maps it.
 */
public record FailInfo(String productOrderId, String code, String message) {

    /** The code mapped to {@link ApiErrorCode} ({@code UNKNOWN} for new codes), or {@code null} without a code. */
    public Coded<ApiErrorCode> errorCode() {
        return code == null ? null : Coded.of(ApiErrorCode.class, code);
    }
}
