package io.orderdesk.sandbox.server;

import java.util.Objects;

/**
 * How the gateway listens and limits.
 *
 * @param host          interface to bind; the sandbox is meant for 127.0.0.1
 * @param port          0 for any free port
 * @param credentials   the application allowed to ask for tokens
 * @param ratePerSecond token-bucket refill per (client, endpoint); the burst is twice this
 * @param faultSeed     seed for fault dice, so a given run of calls meets the same faults every time
 */
public record GatewaySettings(String host, int port, Credentials credentials, int ratePerSecond, long faultSeed) {

    public GatewaySettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(credentials, "credentials");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (ratePerSecond < 1) {
            throw new IllegalArgumentException("rate must be at least 1 per second: " + ratePerSecond);
        }
    }
}
