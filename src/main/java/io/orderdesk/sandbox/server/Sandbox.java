package io.orderdesk.sandbox.server;

import io.orderdesk.sandbox.SandboxAdmin;
import io.orderdesk.sandbox.SandboxClock;
import io.orderdesk.sandbox.shop.Shop;
import io.orderdesk.sandbox.shop.ShopConfig;
import io.orderdesk.sandbox.shop.Simulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running local Naver Pay 주문형 API: the demo shop behind the gateway, optionally brought to life by the
 * simulator. The app's demo mode and the test double for every layer; point a client at {@link #baseUrl()} with
 * {@link #clientId()} and {@link #clientSecret()}.
 */
public final class Sandbox implements AutoCloseable {

    /** How often the live simulator takes a step, in real time. */
    public static final Duration LIVE_STEP = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(Sandbox.class);

    private final SandboxOptions options;
    private final String merchantId;
    private final Shop shop;
    private final Gateway gateway;
    private final ScheduledExecutorService simulation;

    private Sandbox(SandboxOptions options, String merchantId, Shop shop, Gateway gateway,
                    ScheduledExecutorService simulation) {
        this.options = options;
        this.merchantId = merchantId;
        this.shop = shop;
        this.gateway = gateway;
        this.simulation = simulation;
    }

    /** Generates the world, binds the port and starts serving; throws UncheckedIOException if the port is taken. */
    public static Sandbox start(SandboxOptions options) {
        String merchantId = ShopConfig.demo().mallId();
        Shop shop = new Shop(options.clock(),
                new ShopConfig(options.seed(), options.orders(), options.days(), merchantId));
        Credentials credentials = new Credentials(options.clientId(), options.clientSecret(), merchantId);
        Gateway gateway;
        try {
            gateway = Gateway.start(new GatewaySettings(options.host(), options.port(), credentials, options.rate(),
                    options.seed()), shop, shop, options.clock(), Ticker.system());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + options.host() + ":" + options.port(), e);
        }
        ScheduledExecutorService simulation = options.live() ? startSimulation(shop, options) : null;
        return new Sandbox(options, merchantId, shop, gateway, simulation);
    }

    private static ScheduledExecutorService startSimulation(Shop shop, SandboxOptions options) {
        Simulator simulator = new Simulator(shop, options.clock(), options.seed());
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sandbox-simulator");
            thread.setDaemon(true);
            return thread;
        });
        // A failing step is logged and the next one still runs; a thrown exception would cancel the schedule.
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                simulator.step();
            } catch (RuntimeException e) {
                log.error("Sandbox simulator step failed", e);
            }
        }, LIVE_STEP.toMillis(), LIVE_STEP.toMillis(), TimeUnit.MILLISECONDS);
        return scheduler;
    }

    /** E.g. {@code http://127.0.0.1:54321/npay/partner}. */
    public String baseUrl() {
        return gateway.baseUrl();
    }

    public int port() {
        return gateway.port();
    }

    public String clientId() {
        return options.clientId();
    }

    public String clientSecret() {
        return options.clientSecret();
    }

    /** The merchant the shop sells as ({@code np_…}); the token call may name it as {@code merchant_id}. */
    public String merchantId() {
        return merchantId;
    }

    public SandboxClock clock() {
        return options.clock();
    }

    /** The world-shaping side, the same as the {@code /__sandbox/} path offers over HTTP. */
    public SandboxAdmin admin() {
        return shop;
    }

    public Faults faults() {
        return gateway.faults();
    }

    /** Every API call received so far. */
    public CallLog calls() {
        return gateway.calls();
    }

    @Override
    public void close() {
        if (simulation != null) {
            simulation.shutdownNow();
        }
        gateway.close();
    }
}
