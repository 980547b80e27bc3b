package io.orderdesk.api.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An access token as the token endpoint returned it (§2.1).
 *
 * @param accessToken      the bearer token
 * @param expiresInSeconds its remaining lifetime as the server stated it ({@code expires_in}, 10,800 for
 *                         a new token; less when the server hands back the token it already issued)
 * @param issuedAt         when the request for it was sent, by the caller's clock; taking the send time
 *                         rather than the receive time errs on the side of renewing early
 */
public record IssuedToken(String accessToken, long expiresInSeconds, Instant issuedAt) {

    public IssuedToken {
        if (accessToken == null || accessToken.isBlank()) {
            throw new IllegalArgumentException("accessToken is blank");
        }
        if (expiresInSeconds <= 0) {
            throw new IllegalArgumentException("expiresInSeconds must be positive: " + expiresInSeconds);
        }
        Objects.requireNonNull(issuedAt, "issuedAt");
    }

    /** The instant the token stops working. */
    public Instant expiresAt() {
        return issuedAt.plusSeconds(expiresInSeconds);
    }

    /** The whole lifetime the server granted. */
    public Duration lifetime() {
        return Duration.ofSeconds(expiresInSeconds);
    }
}
