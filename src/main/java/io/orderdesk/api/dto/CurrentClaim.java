package io.orderdesk.api.dto;

import com.squareup.moshi.Json;

/** The claim in progress on a product order; at most one of the three is present. */
public record CurrentClaim(
        CancelClaim cancel,
        @Json(name = "return") ReturnClaim returnClaim,
        ExchangeClaim exchange) {
}
