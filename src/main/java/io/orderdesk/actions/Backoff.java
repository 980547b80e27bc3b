package io.orderdesk.actions;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the sender waits before trying again when nothing could be sent: {@code first}, doubling after each
 * further failure, never more than {@code max}. {@link ActionService#wake()} cuts any wait short.
 */
public record Backoff(Duration first, Duration max) {

    /** Checks that both waits are positive and in order. */
    public Backoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("need 0 < first <= max: " + first + ", " + max);
        }
    }

    /** 5 seconds, doubling up to 5 minutes. */
    public static Backoff defaults() {
        return new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(5));
    }

    /** The wait after {@code failures} failures in a row (at least one). */
    Duration after(int failures) {
        Duration wait = first;
        for (int i = 1; i < failures && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
