package io.orderdesk.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TokenManagerTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T00:00:00Z"));
    private final AtomicInteger issued = new AtomicInteger();
    private final TokenIssuer issuer =
            () -> new IssuedToken("token-" + issued.incrementAndGet(), 10_800, clock.instant());
    private final TokenManager tokens = new TokenManager(issuer, clock);

    @Test
    void reusesTheTokenWhileAtLeastThirtyMinutesRemain() {
        assertThat(tokens.currentToken()).isEqualTo("token-1");
        clock.advance(Duration.ofHours(2).plusMinutes(30));

        assertThat(tokens.currentToken()).isEqualTo("token-1");
        assertThat(issued).hasValue(1);
    }

    @Test
    void issuesANewTokenOnceLessThanThirtyMinutesRemain() {
        tokens.currentToken();
        clock.advance(Duration.ofHours(2).plusMinutes(30).plusSeconds(1));

        assertThat(tokens.currentToken()).isEqualTo("token-2");
        assertThat(tokens.currentToken()).isEqualTo("token-2");
        assertThat(issued).hasValue(2);
    }

    @Test
    void aReturnedTokenWithLessLifeLeftIsRenewedSooner() {
        TokenManager manager = new TokenManager(
                () -> new IssuedToken("t" + issued.incrementAndGet(), 3_600, clock.instant()), clock);
        manager.currentToken();
        clock.advance(Duration.ofMinutes(31));

        assertThat(manager.currentToken()).isEqualTo("t2");
    }

    @Test
    void aShortLivedTestTokenIsStillReusedForHalfItsLife() {
        TokenManager manager = new TokenManager(
                () -> new IssuedToken("t" + issued.incrementAndGet(), 600, clock.instant()), clock);
        manager.currentToken();
        clock.advance(Duration.ofMinutes(5));
        assertThat(manager.currentToken()).isEqualTo("t1");

        clock.advance(Duration.ofSeconds(1));
        assertThat(manager.currentToken()).isEqualTo("t2");
    }

    @Test
    void renewAfterRejectionIssuesAFreshTokenEvenThoughTheOldOneLooksValid() {
        String rejected = tokens.currentToken();

        assertThat(tokens.renewAfterRejection(rejected)).isEqualTo("token-2");
        assertThat(tokens.currentToken()).isEqualTo("token-2");
    }

    @Test
    void renewAfterRejectionReturnsTheReplacementAnotherThreadAlreadyGot() {
        String rejected = tokens.currentToken();
        tokens.renewAfterRejection(rejected);

        assertThat(tokens.renewAfterRejection(rejected)).isEqualTo("token-2");
        assertThat(issued).hasValue(2);
    }

    @Test
    void invalidateForgetsTheToken() {
        tokens.currentToken();
        tokens.invalidate();

        assertThat(tokens.currentToken()).isEqualTo("token-2");
    }

    @Test
    void aFailedIssueLeavesNoTokenAndTheNextCallTriesAgain() {
        AtomicInteger calls = new AtomicInteger();
        TokenManager manager = new TokenManager(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("token endpoint down");
            }
            return new IssuedToken("ok", 10_800, clock.instant());
        }, clock);

        assertThatThrownBy(manager::currentToken).hasMessage("token endpoint down");
        assertThat(manager.currentToken()).isEqualTo("ok");
    }

    @Test
    void concurrentCallersShareOneIssueRequest() throws Exception {
        CountDownLatch issuing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        TokenManager manager = new TokenManager(() -> {
            maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
            issuing.countDown();
            await(release);
            inside.decrementAndGet();
            return new IssuedToken("shared-" + issued.incrementAndGet(), 10_800, clock.instant());
        }, clock);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            results.add(pool.submit(manager::currentToken));
            assertThat(issuing.await(1, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 7; i++) {
                results.add(pool.submit(manager::currentToken));
            }
            release.countDown();

            for (Future<String> result : results) {
                assertThat(result.get(1, TimeUnit.SECONDS)).isEqualTo("shared-1");
            }
            assertThat(issued).hasValue(1);
            assertThat(maxInside).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void issuedTokenRejectsNonsense() {
        assertThatThrownBy(() -> new IssuedToken(" ", 10, clock.instant()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IssuedToken("t", 0, clock.instant()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
