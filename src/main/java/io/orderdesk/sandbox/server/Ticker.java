package io.orderdesk.sandbox.server;

/**
 * A monotonic nanosecond source. Rate limiting runs on real elapsed time, not on the sandbox clock, because a test
 * that jumps the sandbox clock by a day must not refill every bucket; tests inject a hand-turned ticker instead.
 */
@FunctionalInterface
public interface Ticker {

    long nanoTime();

    static Ticker system() {
        return System::nanoTime;
    }
}
