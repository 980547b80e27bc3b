package io.orderdesk.sandbox.server;

import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Mints IDs shaped like the gateway's ({@code <host>^<epoch ms>^<sequence>}), with an {@code sbx-} host part so a
 * trace ID quoted in a support question or a log is recognisably from the sandbox and never mistaken for Naver's.
 */
final class TraceIds {

    private final String host;
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();

    TraceIds(Clock clock) {
        byte[] hostBytes = new byte[3];
        ThreadLocalRandom.current().nextBytes(hostBytes);
        this.host = "sbx-" + HexFormat.of().formatHex(hostBytes);
        this.clock = clock;
    }

    String next() {
        return host + '^' + clock.millis() + '^' + sequence.incrementAndGet();
    }
}
