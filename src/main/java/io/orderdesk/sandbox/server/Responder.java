package io.orderdesk.sandbox.server;

import com.sun.net.httpserver.Headers;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes replies with the gateway's headers, now or later. Delays are scheduled rather than slept, so a held
 * response or a slow-call fault parks no worker thread and the small pool keeps serving everyone else.
 */
final class Responder {

    private static final Logger log = LoggerFactory.getLogger(Responder.class);

    private final ScheduledExecutorService scheduler;
    private final Executor workers;

    Responder(ScheduledExecutorService scheduler, Executor workers) {
        this.scheduler = scheduler;
        this.workers = workers;
    }

    void send(HttpCall call, Reply reply, RateLimiter.Outcome limits) {
        Headers headers = call.exchange().getResponseHeaders();
        headers.set("Content-Type", reply.contentType());
        headers.set("GNCP-GW-Trace-ID", call.traceId());
        headers.set("GNCP-GW-HttpClient-ResponseTime", Long.toString(call.elapsedMillis()));
        headers.set("GNCP-GW-RateLimit-Replenish-Rate", Integer.toString(limits.rate()));
        headers.set("GNCP-GW-RateLimit-Burst-Capacity", Integer.toString(limits.burst()));
        headers.set("GNCP-GW-RateLimit-Remaining", Integer.toString(limits.remaining()));
        try (OutputStream out = call.exchange().getResponseBody()) {
            call.exchange().sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            out.write(reply.body());
        } catch (IOException e) {
            // The client gave up (a read timeout under HOLD, usually); nothing is left to tell it.
            log.debug("Could not write the response for {}: {}", call.traceId(), e.toString());
        } finally {
            call.exchange().close();
        }
    }

    void sendAfter(long delayMs, HttpCall call, Reply reply, RateLimiter.Outcome limits) {
        later(delayMs, () -> send(call, reply, limits));
    }

    /** Runs {@code task} on a worker after {@code delayMs}; dropped silently once the sandbox is closing. */
    void later(long delayMs, Runnable task) {
        try {
            scheduler.schedule(() -> workers.execute(task), delayMs, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("Sandbox is closing; a delayed response was dropped");
        }
    }
}
