package io.orderdesk.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = RetryPolicy.defaults();

    @Test
    void defaultsAreFourAttemptsFromHalfASecondCappedAtEight() {
        assertThat(policy).isEqualTo(new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8)));
    }

    @Test
    void backoffDoublesUpToTheCap() {
        assertThat(policy.backoff(1, 1)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoff(2, 1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoff(3, 1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.backoff(6, 1)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.backoff(1_000, 1)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void jitterSpreadsEachWaitBetweenHalfAndAll() {
        assertThat(policy.backoff(2, 0)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoff(2, 0.5)).isEqualTo(Duration.ofMillis(750));
    }

    @Test
    void aServerRequestedWaitIsCapped() {
        assertThat(policy.capped(Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
        assertThat(policy.capped(Duration.ofMinutes(5))).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofSeconds(-1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
