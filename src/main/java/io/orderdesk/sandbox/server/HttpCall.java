package io.orderdesk.sandbox.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/** One request in flight: the exchange plus what every stage needs (trace ID, arrival time, start of timing). */
final class HttpCall {

    private final HttpExchange exchange;
    private final String traceId;
    private final Instant arrived;
    private final long startNanos = System.nanoTime();
    private byte[] body;

    HttpCall(HttpExchange exchange, String traceId, Instant arrived) {
        this.exchange = exchange;
        this.traceId = traceId;
        this.arrived = arrived;
    }

    HttpExchange exchange() {
        return exchange;
    }

    String traceId() {
        return traceId;
    }

    Instant arrived() {
        return arrived;
    }

    long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    String method() {
        return exchange.getRequestMethod();
    }

    String rawPath() {
        return exchange.getRequestURI().getRawPath();
    }

    String rawQuery() {
        return exchange.getRequestURI().getRawQuery();
    }

    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** The whole request body, read once; empty when there was none. */
    byte[] body() throws IOException {
        if (body == null) {
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
        }
        return body;
    }
}
