package io.orderdesk.api.dto;

import com.squareup.moshi.Json;

/** The OAuth token response; {@code expiresIn} is in seconds (10,800 for a fresh token). */
public record TokenResponse(
        @Json(name = "access_token") String accessToken,
        @Json(name = "expires_in") Long expiresIn,
        @Json(name = "token_type") String tokenType) {
}
