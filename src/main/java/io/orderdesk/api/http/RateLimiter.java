package io.orderdesk.api.http;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import okhttp3.Headers;

/**
 * A client-side token bucket per endpoint, mirroring the gateway's own per-API buckets (§8.3) so steady
 * use never earns a 429. Thread-safe.
 *
 * <p>Each endpoint starts with the constructor's defaults and then adopts what the gateway reports on
 * every response: {@code GNCP-GW-RateLimit-Replenish-Rate} (permits per second),
 * {@code GNCP-GW-RateLimit-Burst-Capacity} (bucket size) and {@code GNCP-GW-RateLimit-Remaining} (our
 * available permits become at most that). Absent or unparsable values are ignored.
 *
 * <p>Callers reserve a permit and then wait for it, so concurrent callers queue up in arrival order
 * instead of waking together and racing.
 */
public final class RateLimiter {

    private final double defaultRate;
    private final int defaultBurst;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /**
     * A limiter on the system clock.
     *
     * @param defaultRatePerSecond permits per second until the gateway states the real rate. Naver does
     *                             not publish its limits; its docs gave "2 rps per application" as the
     *                             example and small applications report about 2 per second, so 2 is the
     *                             value that cannot trip a 429 before the first response arrives
     * @param defaultBurst         bucket size until the gateway states it; 2 (not the documented 2× rate)
     *                             for the same reason
     */
    public RateLimiter(double defaultRatePerSecond, int defaultBurst) {
        this(defaultRatePerSecond, defaultBurst, System::nanoTime, Sleeper.system());
    }

    /**
     * A limiter on an injected time source, for tests.
     *
     * @param nanoTime monotonic nanoseconds, like {@link System#nanoTime()}
     * @param sleeper  how to wait for a permit
     */
    public RateLimiter(double defaultRatePerSecond, int defaultBurst, LongSupplier nanoTime, Sleeper sleeper) {
        if (!(defaultRatePerSecond > 0) || Double.isInfinite(defaultRatePerSecond)) {
            throw new IllegalArgumentException("defaultRatePerSecond must be positive: " + defaultRatePerSecond);
        }
        if (defaultBurst < 1) {
            throw new IllegalArgumentException("defaultBurst must be at least 1: " + defaultBurst);
        }
        this.defaultRate = defaultRatePerSecond;
        this.defaultBurst = defaultBurst;
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /**
     * Takes one permit for {@code endpoint}, waiting until it is available.
     *
     * @throws InterruptedException if interrupted while waiting; the permit is given back
     */
    public void acquire(String endpoint) throws InterruptedException {
        Bucket bucket = bucket(endpoint);
        long waitNanos = bucket.reserve(nanoTime.getAsLong());
        if (waitNanos <= 0) {
            return;
        }
        try {
            sleeper.sleep(Duration.ofNanos(waitNanos));
        } catch (InterruptedException e) {
            bucket.refund();
            throw e;
        }
    }

    /** Adopts the gateway's rate-limit headers from a response of {@code endpoint} (names are case-insensitive). */
    public void update(String endpoint, Headers headers) {
        double rate = parse(headers.get(GatewayHeaders.REPLENISH_RATE), Double.MIN_NORMAL);
        double burst = parse(headers.get(GatewayHeaders.BURST_CAPACITY), 1);
        double remaining = parse(headers.get(GatewayHeaders.REMAINING), 0);
        if (Double.isNaN(rate) && Double.isNaN(burst) && Double.isNaN(remaining)) {
            return;
        }
        bucket(endpoint).adopt(nanoTime.getAsLong(), rate, burst, remaining);
    }

    /** The current state of {@code endpoint}'s bucket, for diagnostics and tests. */
    public Snapshot snapshot(String endpoint) {
        return bucket(endpoint).snapshot(nanoTime.getAsLong());
    }

    /**
     * @param ratePerSecond permits added per second
     * @param burst         bucket size
     * @param available     permits available now; negative while callers wait for reserved permits
     */
    public record Snapshot(double ratePerSecond, double burst, double available) {
    }

    private Bucket bucket(String endpoint) {
        return buckets.computeIfAbsent(endpoint, name -> new Bucket(defaultRate, defaultBurst, nanoTime.getAsLong()));
    }

    /** NaN unless {@code value} is a finite number of at least {@code min}. */
    private static double parse(String value, double min) {
        if (value == null) {
            return Double.NaN;
        }
        try {
            double number = Double.parseDouble(value.strip());
            return Double.isFinite(number) && number >= min ? number : Double.NaN;
        } catch (NumberFormatException garbage) {
            return Double.NaN;
        }
    }

    private static final class Bucket {

        private double rate;
        private double capacity;
        private double tokens;
        private long lastRefill;

        Bucket(double rate, double capacity, long now) {
            this.rate = rate;
            this.capacity = capacity;
            this.tokens = capacity;
            this.lastRefill = now;
        }

        synchronized long reserve(long now) {
            refill(now);
            tokens -= 1;
            return tokens >= 0 ? 0 : (long) Math.ceil(-tokens / rate * 1e9);
        }

        synchronized void refund() {
            tokens = Math.min(capacity, tokens + 1);
        }

        synchronized void adopt(long now, double newRate, double newBurst, double remaining) {
            // Earn the permits of the elapsed time at the old rate before switching to the new one.
            refill(now);
            if (!Double.isNaN(newRate)) {
                rate = newRate;
            }
            if (!Double.isNaN(newBurst)) {
                capacity = newBurst;
                tokens = Math.min(tokens, capacity);
            }
            if (!Double.isNaN(remaining)) {
                tokens = Math.min(tokens, remaining);
            }
        }

        synchronized Snapshot snapshot(long now) {
            refill(now);
            return new Snapshot(rate, capacity, tokens);
        }

        private void refill(long now) {
            long elapsed = now - lastRefill;
            if (elapsed > 0) {
                tokens = Math.min(capacity, tokens + elapsed * rate / 1e9);
                lastRefill = now;
            }
        }
    }
}
