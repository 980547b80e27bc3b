package io.orderdesk.api.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Takes a {@link RateLimiter} permit before every attempt and feeds the gateway's rate-limit headers of
 * every response, 429s included, back into the limiter. Install it innermost so each request that
 * actually goes out, retries and token re-sends included, is counted.
 */
public final class RateLimitInterceptor implements Interceptor {

    private final RateLimiter limiter;

    public RateLimitInterceptor(RateLimiter limiter) {
        this.limiter = Objects.requireNonNull(limiter, "limiter");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        String endpoint = EndpointInfo.of(chain.request()).name();
        try {
            limiter.acquire(endpoint);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for a rate-limit permit for " + endpoint);
        }
        Response response = chain.proceed(chain.request());
        limiter.update(endpoint, response.headers());
        return response;
    }
}
