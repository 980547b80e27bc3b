package io.orderdesk.api.http;

import io.orderdesk.api.auth.TokenManager;
import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * Puts the client's interceptors on an {@link OkHttpClient.Builder} in the one order that works, outermost
 * first:
 * <ol>
 *   <li>{@link TraceCapture}: sees the final response after all retries, so the trace ID it keeps is the
 *       one of the answer the caller actually gets;</li>
 *   <li>{@link RetryInterceptor}: outside authentication, so every retry asks {@link TokenManager} again
 *       and goes out with a re-issued token if one was issued meanwhile;</li>
 *   <li>{@link AuthInterceptor}: adds the bearer token and performs the single re-send on
 *       {@code GW.AUTHN};</li>
 *   <li>{@link RateLimitInterceptor}: innermost, so every request that really goes out (first attempts,
 *       retries and the re-send after a new token) takes a permit and reports the gateway's headers.</li>
 * </ol>
 * Timeouts: connect 10 s (a gateway that does not accept within that is not coming), read 30 s (detail
 * queries of 300 orders take a while), write 10 s, and no call timeout, because a call may include
 * backoff and rate-limit waits that the read timeout must not cut short.
 */
public final class HttpStack {

    private HttpStack() {
    }

    /**
     * Adds the interceptors and timeouts to {@code builder}.
     *
     * @return {@code builder}, for chaining
     */
    public static OkHttpClient.Builder configure(OkHttpClient.Builder builder, TokenManager tokens,
                                                 RateLimiter limiter, RetryPolicy retry, Sleeper sleeper,
                                                 TraceCapture trace) {
        return builder
                .addInterceptor(trace)
                .addInterceptor(new RetryInterceptor(retry, sleeper))
                .addInterceptor(new AuthInterceptor(tokens))
                .addInterceptor(new RateLimitInterceptor(limiter))
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .writeTimeout(Duration.ofSeconds(10))
                .callTimeout(Duration.ZERO);
    }
}
