package io.orderdesk.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final FakeTime time = new FakeTime();
    private final RateLimiter limiter = new RateLimiter(2, 2, time, time);

    @Test
    void theDefaultBurstGoesOutAtOnceThenCallsArePacedAtTheDefaultRate() throws Exception {
        limiter.acquire("confirm");
        limiter.acquire("confirm");
        limiter.acquire("confirm");
        limiter.acquire("confirm");

        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500));
    }

    @Test
    void idleTimeRefillsTheBucketUpToItsCapacity() throws Exception {
        limiter.acquire("confirm");
        limiter.acquire("confirm");
        time.advance(Duration.ofSeconds(60));

        limiter.acquire("confirm");
        limiter.acquire("confirm");
        assertThat(time.sleeps()).isEmpty();
        assertThat(limiter.snapshot("confirm").available()).isEqualTo(0.0);
    }

    @Test
    void adoptsRateBurstAndRemainingFromTheGateway() {
        limiter.update("confirm", Headers.of(
                "GNCP-GW-RateLimit-Replenish-Rate", "5",
                "GNCP-GW-RateLimit-Burst-Capacity", "10",
                "GNCP-GW-RateLimit-Remaining", "1"));

        assertThat(limiter.snapshot("confirm")).isEqualTo(new RateLimiter.Snapshot(5, 10, 1));
    }

    @Test
    void headerNamesAreCaseInsensitive() {
        limiter.update("confirm", Headers.of(
                "gncp-gw-ratelimit-replenish-rate", "5",
                "GNCP-GW-RATELIMIT-REMAINING", "0"));

        assertThat(limiter.snapshot("confirm")).isEqualTo(new RateLimiter.Snapshot(5, 2, 0));
    }

    @Test
    void remainingOnlyEverLowersWhatWeThinkIsAvailable() {
        limiter.update("confirm", Headers.of("GNCP-GW-RateLimit-Remaining", "7"));

        assertThat(limiter.snapshot("confirm").available()).isEqualTo(2.0);
    }

    @Test
    void aSmallerBurstCapacityTrimsAvailablePermitsAndALargerOneGrantsNone() {
        limiter.update("a", Headers.of("GNCP-GW-RateLimit-Burst-Capacity", "1"));
        limiter.update("b", Headers.of("GNCP-GW-RateLimit-Burst-Capacity", "40"));

        assertThat(limiter.snapshot("a").available()).isEqualTo(1.0);
        assertThat(limiter.snapshot("b")).isEqualTo(new RateLimiter.Snapshot(2, 40, 2));
    }

    @Test
    void absentAndGarbageValuesAreIgnored() {
        limiter.update("confirm", Headers.of(
                "GNCP-GW-RateLimit-Replenish-Rate", "fast",
                "GNCP-GW-RateLimit-Burst-Capacity", "-3",
                "GNCP-GW-RateLimit-Remaining", "NaN"));
        limiter.update("confirm", Headers.of("GNCP-GW-RateLimit-Replenish-Rate", "0"));
        limiter.update("confirm", Headers.of("GNCP-GW-RateLimit-Replenish-Rate", "Infinity"));
        limiter.update("confirm", Headers.of());

        assertThat(limiter.snapshot("confirm")).isEqualTo(new RateLimiter.Snapshot(2, 2, 2));
    }

    @Test
    void endpointsHaveSeparateBuckets() throws Exception {
        limiter.update("confirm", Headers.of("GNCP-GW-RateLimit-Remaining", "0"));

        limiter.acquire("queryProductOrders");
        assertThat(time.sleeps()).isEmpty();
        limiter.acquire("confirm");
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void concurrentCallersReserveInTurnSoEachWaitsLonger() throws Exception {
        RateLimiter blocking = new RateLimiter(4, 1, time, duration -> { });
        blocking.acquire("x");

        assertThat(blocking.snapshot("x").available()).isEqualTo(0.0);
        blocking.acquire("x");
        blocking.acquire("x");
        assertThat(blocking.snapshot("x").available()).isCloseTo(-2.0, within(1e-9));
    }

    @Test
    void anInterruptedWaitGivesThePermitBack() throws Exception {
        RateLimiter interrupted = new RateLimiter(1, 1, time, duration -> {
            throw new InterruptedException();
        });
        interrupted.acquire("x");

        assertThatThrownBy(() -> interrupted.acquire("x")).isInstanceOf(InterruptedException.class);
        assertThat(interrupted.snapshot("x").available()).isEqualTo(0.0);
    }

    @Test
    void rejectsNonsenseDefaults() {
        assertThatThrownBy(() -> new RateLimiter(0, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter(2, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
