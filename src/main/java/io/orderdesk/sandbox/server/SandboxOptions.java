package io.orderdesk.sandbox.server;

import io.orderdesk.sandbox.SandboxClock;
import io.orderdesk.sandbox.shop.ShopConfig;

/**
 * How to start a {@link Sandbox}. Nulls take the defaults: host 127.0.0.1, the system clock and the demo
 * credentials. Start from {@link #defaults()} and change what matters with the {@code with…} methods.
 *
 * @param host         interface to bind; keep it on 127.0.0.1 unless you know why not
 * @param port         0 for any free port
 * @param seed         seed of the generated world, the simulator and the fault dice
 * @param orders       number of orders in the generated world
 * @param days         how many days back the generated orders reach
 * @param rate         rate limit in permits per second per (client, endpoint); the burst is twice this
 * @param live         run the simulator every few seconds so buyers and couriers keep acting
 * @param clock        the sandbox's time
 * @param clientId     the application ID the token endpoint accepts
 * @param clientSecret the application secret: a bcrypt salt string such as {@code $2a$04$…}
 */
public record SandboxOptions(String host, int port, long seed, int orders, int days, int rate, boolean live,
                             SandboxClock clock, String clientId, String clientSecret) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_RATE = 10;

    public SandboxOptions {
        host = host == null ? DEFAULT_HOST : host;
        clock = clock == null ? SandboxClock.system() : clock;
        clientId = clientId == null ? Credentials.DEMO_CLIENT_ID : clientId;
        clientSecret = clientSecret == null ? Credentials.DEMO_CLIENT_SECRET : clientSecret;
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        if (rate < 1) {
            throw new IllegalArgumentException("rate must be at least 1 per second: " + rate);
        }
    }

    /** The demo world (seed 42, 500 orders over 14 days) on a free port, 10 calls/s, not live, system clock. */
    public static SandboxOptions defaults() {
        ShopConfig demo = ShopConfig.demo();
        return new SandboxOptions(DEFAULT_HOST, 0, demo.seed(), demo.orders(), demo.days(), DEFAULT_RATE, false,
                null, null, null);
    }

    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(host, newPort, seed, orders, days, rate, live, clock, clientId, clientSecret);
    }

    public SandboxOptions withWorld(long newSeed, int newOrders, int newDays) {
        return new SandboxOptions(host, port, newSeed, newOrders, newDays, rate, live, clock, clientId, clientSecret);
    }

    public SandboxOptions withRate(int newRate) {
        return new SandboxOptions(host, port, seed, orders, days, newRate, live, clock, clientId, clientSecret);
    }

    public SandboxOptions withLive(boolean newLive) {
        return new SandboxOptions(host, port, seed, orders, days, rate, newLive, clock, clientId, clientSecret);
    }

    public SandboxOptions withClock(SandboxClock newClock) {
        return new SandboxOptions(host, port, seed, orders, days, rate, live, newClock, clientId, clientSecret);
    }

    public SandboxOptions withCredentials(String newClientId, String newClientSecret) {
        return new SandboxOptions(host, port, seed, orders, days, rate, live, clock, newClientId, newClientSecret);
    }
}
