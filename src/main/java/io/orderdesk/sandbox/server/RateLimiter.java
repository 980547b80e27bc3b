package io.orderdesk.sandbox.server;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The gateway's token buckets, one per (client, endpoint) as the Commerce API documents it: refilled at
 * {@code rate} permits per second, holding at most twice that, so a client may burst to 2× and then pays for it.
 */
final class RateLimiter {

    /** What one acquisition saw; {@code remaining} is what the {@code GNCP-GW-RateLimit-Remaining} header shows. */
    record Outcome(boolean allowed, int rate, int burst, int remaining) {
    }

    private final int rate;
    private final int burst;
    private final Ticker ticker;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int ratePerSecond, Ticker ticker) {
        if (ratePerSecond < 1) {
            throw new IllegalArgumentException("rate must be at least 1 permit per second");
        }
        this.rate = ratePerSecond;
        this.burst = ratePerSecond * 2;
        this.ticker = ticker;
    }

    Outcome acquire(String client, String endpoint) {
        Bucket bucket = buckets.computeIfAbsent(client + '\u0000' + endpoint, key -> new Bucket(burst, ticker.nanoTime()));
        return bucket.take(rate, burst, ticker.nanoTime());
    }

    /** Headers for a response that never reached a bucket (token errors, admin, unknown paths): a full bucket. */
    Outcome untouched() {
        return new Outcome(true, rate, burst, burst);
    }

    private static final class Bucket {
        private double permits;
        private long lastNanos;

        Bucket(double permits, long nowNanos) {
            this.permits = permits;
            this.lastNanos = nowNanos;
        }

        synchronized Outcome take(int rate, int burst, long nowNanos) {
            long elapsed = Math.max(0, nowNanos - lastNanos);
            permits = Math.min(burst, permits + elapsed * rate / 1e9);
            lastNanos = nowNanos;
            if (permits < 1) {
                return new Outcome(false, rate, burst, 0);
            }
            permits -= 1;
            return new Outcome(true, rate, burst, (int) Math.floor(permits));
        }
    }
}
