package io.orderdesk.api.http;

import io.orderdesk.api.error.IoFailures;
import io.orderdesk.api.error.OutcomeUnknownIoException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Retries transient failures with exponential backoff, and guarantees that a write is never sent twice
 * when the server may have acted on it.
 *
 * <ul>
 *   <li><b>Reads</b> ({@link EndpointInfo#write()} false) are retried on 429, 503, 504 and any
 *       {@link IOException}, up to {@link RetryPolicy#maxAttempts()}; then the last response is returned or
 *       the last exception thrown.</li>
 *   <li><b>Writes</b> are retried only when the request provably was not processed: 429 with
 *       {@code GW.RATE_LIMIT}/{@code GW.QUOTA_LIMIT}, 503 with a {@code GW.BLOCK.*} code, or an I/O failure
 *       before a connection existed ({@link IoFailures#provablyNotSent}). Any other I/O failure is thrown as
 *       {@link OutcomeUnknownIoException}; any other response is returned untouched.</li>
 * </ul>
 * A numeric {@code Retry-After} header (seconds) replaces the computed backoff, capped at
 * {@link RetryPolicy#maxBackoff()}.
 */
public final class RetryInterceptor implements Interceptor {

    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final DoubleSupplier jitter;

    public RetryInterceptor(RetryPolicy policy, Sleeper sleeper) {
        this(policy, sleeper, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** @param jitter values in [0, 1) that spread the backoff; fixed in tests */
    public RetryInterceptor(RetryPolicy policy, Sleeper sleeper, DoubleSupplier jitter) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.jitter = Objects.requireNonNull(jitter, "jitter");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        EndpointInfo endpoint = EndpointInfo.of(request);
        // OkHttp on its own re-sends a request after some connection failures, even a POST whose bytes
        // already left. A write gets at most the retries decided here, so that is switched off for it.
        Chain attempts = endpoint.write() ? chain.withRetryOnConnectionFailure(false) : chain;
        for (int attempt = 1; ; attempt++) {
            Response response;
            try {
                response = attempts.proceed(request);
            } catch (IOException e) {
                if (endpoint.write() && !IoFailures.provablyNotSent(e)) {
                    throw new OutcomeUnknownIoException(endpoint.name(), e);
                }
                if (attempt >= policy.maxAttempts() || stopped(chain)) {
                    throw e;
                }
                pause(policy.backoff(attempt, jitter.getAsDouble()));
                continue;
            }
            if (attempt >= policy.maxAttempts() || !retryable(response, endpoint) || stopped(chain)) {
                return response;
            }
            Duration backoff = policy.backoff(attempt, jitter.getAsDouble());
            Duration wait = retryAfter(response).orElse(backoff);
            response.close();
            pause(wait);
        }
    }

    private static boolean retryable(Response response, EndpointInfo endpoint) {
        int status = response.code();
        if (!endpoint.write()) {
            return status == 429 || status == 503 || status == 504;
        }
        if (status != 429 && status != 503) {
            return false;
        }
        String code = GatewayHeaders.peekErrorCode(response);
        if (code == null) {
            return false;
        }
        return status == 429
                ? code.equals("GW.RATE_LIMIT") || code.equals("GW.QUOTA_LIMIT")
                : code.startsWith("GW.BLOCK.");
    }

    private Optional<Duration> retryAfter(Response response) {
        String value = response.header(GatewayHeaders.RETRY_AFTER);
        if (value == null) {
            return Optional.empty();
        }
        try {
            long seconds = Long.parseLong(value.strip());
            return seconds < 0 ? Optional.empty() : Optional.of(policy.capped(Duration.ofSeconds(seconds)));
        } catch (NumberFormatException httpDateOrGarbage) {
            return Optional.empty();
        }
    }

    private static boolean stopped(Chain chain) {
        return chain.call().isCanceled() || Thread.currentThread().isInterrupted();
    }

    private void pause(Duration wait) throws InterruptedIOException {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting to retry");
        }
    }
}
