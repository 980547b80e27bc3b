package io.orderdesk.api.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Keeps one access token and renews it only when needed (§2.1): a token is reused while at least
 * 30 minutes of its life remain, because the server itself hands back the same token until then and
 * re-issuing per call is a known way to get throttled. Thread-safe: concurrent callers share one
 * issue request instead of each asking for a token.
 */
public final class TokenManager {

    /** Reuse a token while this much of its life remains (the server's own reuse threshold). */
    public static final Duration REUSE_MARGIN = Duration.ofMinutes(30);

    private final TokenIssuer issuer;
    private final Clock clock;
    private final Object issueLock = new Object();
    private volatile IssuedToken current;

    public TokenManager(TokenIssuer issuer, Clock clock) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The cached token while it has at least 30 minutes left, otherwise a newly issued one. */
    public String currentToken() {
        IssuedToken token = current;
        if (usable(token)) {
            return token.accessToken();
        }
        synchronized (issueLock) {
            token = current;
            if (usable(token)) {
                return token.accessToken();
            }
            return issue();
        }
    }

    /**
     * Called after the server rejected {@code rejectedToken} with {@code GW.AUTHN}: issues a fresh token,
     * unless another thread already replaced the rejected one, in which case that replacement is returned.
     */
    public String renewAfterRejection(String rejectedToken) {
        synchronized (issueLock) {
            IssuedToken token = current;
            if (token != null && !token.accessToken().equals(rejectedToken) && usable(token)) {
                return token.accessToken();
            }
            return issue();
        }
    }

    /** Forgets the cached token, e.g. after the credentials changed. */
    public void invalidate() {
        synchronized (issueLock) {
            current = null;
        }
    }

    private String issue() {
        current = null;
        IssuedToken fresh = Objects.requireNonNull(issuer.issue(), "TokenIssuer returned null");
        current = fresh;
        return fresh.accessToken();
    }

    /**
     * A token granted for less than an hour (only a test server issues those) gets half its lifetime as
     * the margin, so it is still reused instead of triggering an issue request on every call.
     */
    private boolean usable(IssuedToken token) {
        if (token == null) {
            return false;
        }
        Duration margin = REUSE_MARGIN;
        if (token.lifetime().compareTo(REUSE_MARGIN.multipliedBy(2)) < 0) {
            margin = token.lifetime().dividedBy(2);
        }
        Instant renewFrom = token.expiresAt().minus(margin);
        return !clock.instant().isAfter(renewFrom);
    }
}
