package io.orderdesk.api;

import io.orderdesk.api.http.RetryPolicy;
import io.orderdesk.api.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything {@link NpayOrderClient#create} needs. Start from {@link #of} and adjust with the {@code with…}
 * methods; the defaults are what the app uses.
 *
 * @param merchantId             the 가맹점 ID ({@code np_…}), sent with the token request when not null
 * @param initialPermitsPerSecond the per-endpoint rate used until the server's {@code GNCP-GW-RateLimit-*}
 *                               headers say otherwise
 */
public record NpayClientConfig(
        NpayEnvironment environment,
        String clientId,
        String clientSecret,
        String merchantId,
        Clock clock,
        RetryPolicy retryPolicy,
        Sleeper sleeper,
        double initialPermitsPerSecond,
        Duration connectTimeout,
        Duration readTimeout) {

    /** Naver publishes no numbers; the 2022 documentation's example was 2 requests per second per app. */
    public static final double DEFAULT_PERMITS_PER_SECOND = 2.0;

    public NpayClientConfig {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (merchantId != null && merchantId.isBlank()) {
            merchantId = null;
        }
    }

    public static NpayClientConfig of(NpayEnvironment environment, String clientId, String clientSecret) {
        return new NpayClientConfig(environment, clientId.trim(), clientSecret.trim(), null, Clock.systemUTC(),
                RetryPolicy.defaults(), Sleeper.system(), DEFAULT_PERMITS_PER_SECOND,
                Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    public NpayClientConfig withMerchantId(String id) {
        return new NpayClientConfig(environment, clientId, clientSecret, id, clock, retryPolicy, sleeper,
                initialPermitsPerSecond, connectTimeout, readTimeout);
    }

    public NpayClientConfig withClock(Clock newClock) {
        return new NpayClientConfig(environment, clientId, clientSecret, merchantId, newClock, retryPolicy, sleeper,
                initialPermitsPerSecond, connectTimeout, readTimeout);
    }

    public NpayClientConfig withRetry(RetryPolicy policy, Sleeper newSleeper) {
        return new NpayClientConfig(environment, clientId, clientSecret, merchantId, clock, policy, newSleeper,
                initialPermitsPerSecond, connectTimeout, readTimeout);
    }

    public NpayClientConfig withInitialRate(double permitsPerSecond) {
        return new NpayClientConfig(environment, clientId, clientSecret, merchantId, clock, retryPolicy, sleeper,
                permitsPerSecond, connectTimeout, readTimeout);
    }

    public NpayClientConfig withTimeouts(Duration connect, Duration read) {
        return new NpayClientConfig(environment, clientId, clientSecret, merchantId, clock, retryPolicy, sleeper,
                initialPermitsPerSecond, connect, read);
    }

    @Override
    public String toString() {
        return "NpayClientConfig[" + environment.baseUrl() + ", clientId=" + clientId + ", merchantId=" + merchantId
                + ", secret=***]";
    }
}
