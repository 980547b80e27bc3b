package io.orderdesk.sandbox.server;

import io.orderdesk.sandbox.Endpoint;
import java.util.Objects;

/**
 * One fault rule: which calls it hits, what it does, how often, and for how many more calls.
 *
 * @param endpoint  an {@link Endpoint} name, {@code TOKEN} for the token call, or {@code *} for every call
 * @param kind      what happens
 * @param rate      probability per matching call, 0–1
 * @param latencyMs delay for {@link FaultKind#LATENCY} and {@link FaultKind#HOLD}; ignored by other kinds
 * @param count     how many more matching calls it hits before it retires itself; null for no limit
 */
public record Fault(String endpoint, FaultKind kind, double rate, long latencyMs, Integer count) {

    public static final String TOKEN = "TOKEN";
    public static final String ANY = "*";

    public Fault {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(kind, "kind");
        if (!endpoint.equals(ANY) && !endpoint.equals(TOKEN) && !isEndpointName(endpoint)) {
            throw new IllegalArgumentException("endpoint must be an Endpoint name, TOKEN or *: " + endpoint);
        }
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("rate must be between 0 and 1: " + rate);
        }
        if (latencyMs < 0) {
            throw new IllegalArgumentException("latencyMs must not be negative: " + latencyMs);
        }
        if (count != null && count < 1) {
            throw new IllegalArgumentException("count must be at least 1 when given: " + count);
        }
    }

    /** A fault that hits every matching call, with the kind's default latency, until cleared. */
    public static Fault of(String endpoint, FaultKind kind) {
        return new Fault(endpoint, kind, 1.0, kind.defaultLatencyMs(), null);
    }

    public Fault withRate(double newRate) {
        return new Fault(endpoint, kind, newRate, latencyMs, count);
    }

    public Fault withLatencyMs(long newLatencyMs) {
        return new Fault(endpoint, kind, rate, newLatencyMs, count);
    }

    public Fault withCount(Integer newCount) {
        return new Fault(endpoint, kind, rate, latencyMs, newCount);
    }

    boolean matches(String endpointName) {
        return endpoint.equals(ANY) || endpoint.equals(endpointName);
    }

    private static boolean isEndpointName(String name) {
        for (Endpoint candidate : Endpoint.values()) {
            if (candidate.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
