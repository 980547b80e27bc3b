package io.orderdesk.sandbox.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.orderdesk.domain.GatewayError;
import io.orderdesk.sandbox.SandboxAdmin;
import io.orderdesk.sandbox.SandboxApi;
import io.orderdesk.sandbox.SandboxClock;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox's HTTP face: the token endpoint and the 20 order endpoints under {@code /npay/partner} answered as
 * Naver's gateway answers them, plus the {@code /__sandbox/} admin path. Everything behind it (orders, state
 * machines, validation) is the {@link SandboxApi}'s job.
 */
public final class Gateway implements AutoCloseable {

    static {
        // The JDK server leaves TCP_NODELAY off, so on loopback every small answer waits ~40 ms for the client's
        // delayed ACK (Nagle). The flag is read once, when the JVM creates its first HttpServer.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** The API's base path, as on {@code api.pay.naver.com}. */
    public static final String BASE_PATH = "/npay/partner";
    static final String TOKEN_PATH = BASE_PATH + "/v1/oauth2/token";
    private static final int WORKERS = 8;

    private static final Logger log = LoggerFactory.getLogger(Gateway.class);

    private final HttpServer server;
    private final ExecutorService workers;
    private final ScheduledExecutorService scheduler;
    private final TraceIds traceIds;
    private final SandboxClock clock;
    private final Faults faults;
    private final CallLog calls = new CallLog();
    private final Exits exits;
    private final RateLimiter limiter;
    private final ApiHandler api;
    private final TokenHandler token;
    private final AdminHandler admin;

    private Gateway(GatewaySettings settings, SandboxApi shop, SandboxAdmin shopAdmin, SandboxClock clock,
                    Ticker ticker) throws IOException {
        this.clock = clock;
        this.traceIds = new TraceIds(clock);
        this.faults = new Faults(settings.faultSeed());
        this.workers = Executors.newFixedThreadPool(WORKERS, daemonThreads("sandbox-http-"));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(daemonThreads("sandbox-delay-"));
        Replies replies = new Replies(clock);
        this.exits = new Exits(calls, new Responder(scheduler, workers), replies);
        this.limiter = new RateLimiter(settings.ratePerSecond(), ticker);
        Tokens tokens = new Tokens(clock);
        this.api = new ApiHandler(shop, tokens, limiter, faults, exits);
        this.token = new TokenHandler(settings.credentials(), tokens, limiter, faults, exits, clock);
        this.admin = new AdminHandler(shopAdmin, faults, calls, replies, exits.responder(), limiter.untouched());
        this.server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 128);
        server.setExecutor(workers);
        server.createContext("/", this::handle);
    }

    /** Binds and starts serving; the returned gateway must be closed. */
    public static Gateway start(GatewaySettings settings, SandboxApi shop, SandboxAdmin admin, SandboxClock clock,
                                Ticker ticker) throws IOException {
        Gateway gateway = new Gateway(settings, shop, admin, clock, ticker);
        gateway.server.start();
        return gateway;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** E.g. {@code http://127.0.0.1:54321/npay/partner}. */
    public String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + port() + BASE_PATH;
    }

    public Faults faults() {
        return faults;
    }

    public CallLog calls() {
        return calls;
    }

    /** Stops listening at once; held responses are dropped, as a restarted gateway would drop them. */
    @Override
    public void close() {
        server.stop(0);
        scheduler.shutdownNow();
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) {
        HttpCall call = new HttpCall(exchange, traceIds.next(), clock.instant());
        try {
            String path = call.rawPath();
            if (path.startsWith(AdminHandler.PREFIX + "/")) {
                admin.handle(call);
            } else if (path.equals(TOKEN_PATH)) {
                token.handle(call);
            } else if (path.startsWith(BASE_PATH + "/")) {
                api.handle(call, path.substring(BASE_PATH.length()));
            } else {
                exits.answer(call, null, List.of(), null, false,
                        exits.replies().gateway(GatewayError.NOT_FOUND, call.traceId()), limiter.untouched());
            }
        } catch (IOException | RuntimeException e) {
            log.error("Sandbox gateway failed on {} {} ({})", call.method(), call.rawPath(), call.traceId(), e);
            exits.responder().send(call, exits.replies().gateway(GatewayError.INTERNAL_SERVER_ERROR, call.traceId()),
                    limiter.untouched());
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> log.error("Uncaught failure on {}", t.getName(), e));
            return thread;
        };
    }
}
