package io.orderdesk.api.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits; injected so tests can wait on a fake clock instead of for real. */
@FunctionalInterface
public interface Sleeper {

    /**
     * Waits for {@code duration}; returns at once for zero or negative durations.
     *
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /** The real one: {@link Thread#sleep}, which ends early with {@link InterruptedException}. */
    static Sleeper system() {
        return duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());
    }
}
