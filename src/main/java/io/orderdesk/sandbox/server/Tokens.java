package io.orderdesk.sandbox.server;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Access tokens under the documented rules: one live token per resource, valid 3 hours; asking again returns the
 * same token while at least 30 minutes remain, otherwise a new one, and the old one keeps working until its own
 * expiry. Time is the sandbox clock, so tests move through a token's life by advancing it. Thread-safe.
 */
final class Tokens {

    static final Duration LIFETIME = Duration.ofHours(3);
    static final Duration REUSE_MARGIN = Duration.ofMinutes(30);

    /** What the token call answers: the token and its remaining life in whole seconds. */
    record Issued(String accessToken, long expiresInSeconds) {
    }

    private record Grant(String clientId, Instant expiresAt) {
    }

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> grants = new HashMap<>();
    private final Map<String, String> currentByResource = new HashMap<>();

    Tokens(Clock clock) {
        this.clock = clock;
    }

    /** Issues or reuses the token for one resource, e.g. {@code client|SELF|merchant}. */
    synchronized Issued issue(String clientId, String resource) {
        Instant now = clock.instant();
        grants.values().removeIf(grant -> !now.isBefore(grant.expiresAt()));
        String current = currentByResource.get(resource);
        Grant grant = current == null ? null : grants.get(current);
        if (grant != null && !Duration.between(now, grant.expiresAt()).minus(REUSE_MARGIN).isNegative()) {
            return new Issued(current, Duration.between(now, grant.expiresAt()).toSeconds());
        }
        String token = newToken();
        grants.put(token, new Grant(clientId, now.plus(LIFETIME)));
        currentByResource.put(resource, token);
        return new Issued(token, LIFETIME.toSeconds());
    }

    /** The client a still-valid token belongs to. */
    synchronized Optional<String> clientFor(String token) {
        Grant grant = grants.get(token);
        if (grant == null || !clock.instant().isBefore(grant.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(grant.clientId());
    }

    /** Ends every token now; the next token call mints a fresh one. */
    synchronized void expireAll() {
        grants.clear();
        currentByResource.clear();
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
