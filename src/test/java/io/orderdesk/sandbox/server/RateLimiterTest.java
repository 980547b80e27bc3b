package io.orderdesk.sandbox.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final ManualTicker ticker = new ManualTicker();
    private final RateLimiter limiter = new RateLimiter(5, ticker);

    @Test
    void allowsABurstOfTwiceTheRateThenRefuses() {
        for (int i = 1; i <= 10; i++) {
            RateLimiter.Outcome outcome = limiter.acquire("app", "DISPATCH");
            assertThat(outcome.allowed()).isTrue();
            assertThat(outcome.remaining()).isEqualTo(10 - i);
        }
        RateLimiter.Outcome refused = limiter.acquire("app", "DISPATCH");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.rate()).isEqualTo(5);
        assertThat(refused.burst()).isEqualTo(10);
    }

    @Test
    void refillsAtTheRateAndNeverBeyondTheBurst() {
        for (int i = 0; i < 10; i++) {
            limiter.acquire("app", "CONFIRM");
        }
        ticker.advance(Duration.ofMillis(400));

        assertThat(limiter.acquire("app", "CONFIRM").remaining()).isEqualTo(1);

        ticker.advance(Duration.ofHours(1));
        assertThat(limiter.acquire("app", "CONFIRM").remaining()).isEqualTo(9);
    }

    @Test
    void keepsOneBucketPerClientAndEndpoint() {
        for (int i = 0; i < 10; i++) {
            limiter.acquire("app", "DISPATCH");
        }

        assertThat(limiter.acquire("app", "DISPATCH").allowed()).isFalse();
        assertThat(limiter.acquire("app", "CONFIRM").allowed()).isTrue();
        assertThat(limiter.acquire("other", "DISPATCH").allowed()).isTrue();
    }
}
