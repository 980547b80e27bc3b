package io.orderdesk.api.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently {@link RetryInterceptor} tries again.
 *
 * @param maxAttempts    total attempts including the first, at least 1
 * @param initialBackoff the wait after the first failed attempt; it doubles after each further one
 * @param maxBackoff     the longest single wait, also the cap for a server's {@code Retry-After}
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (initialBackoff.isNegative() || maxBackoff.isNegative()) {
            throw new IllegalArgumentException("backoffs must not be negative");
        }
    }

    /** 4 attempts, waiting about 0.5 s, 1 s and 2 s between them, never more than 8 s at once. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8));
    }

    /**
     * The wait after {@code failedAttempts} failures: {@code initialBackoff × 2^(failedAttempts−1)}, capped
     * at {@code maxBackoff}, then scaled into 50–100 % by {@code jitter} so clients that failed together do
     * not all come back at the same instant.
     *
     * @param jitter a value in [0, 1)
     */
    public Duration backoff(int failedAttempts, double jitter) {
        Duration wait = initialBackoff;
        for (int i = 1; i < failedAttempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        if (wait.compareTo(maxBackoff) > 0) {
            wait = maxBackoff;
        }
        double factor = 0.5 + 0.5 * Math.min(Math.max(jitter, 0), 1);
        return Duration.ofNanos((long) (wait.toNanos() * factor));
    }

    /** A server-requested wait, capped at {@code maxBackoff}. */
    public Duration capped(Duration requested) {
        return requested.compareTo(maxBackoff) > 0 ? maxBackoff : requested;
    }
}
