package io.orderdesk.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox's notion of now: real time plus an offset that tests and the admin path can advance, or a fixed
 * instant for fully deterministic tests. All sandbox timestamps, token expiry and simulated events read it.
 */
public final class SandboxClock extends Clock {

    public static final ZoneOffset KST = ZoneOffset.ofHours(9);

    private final Clock base;
    private final AtomicLong offsetMillis = new AtomicLong();

    public SandboxClock(Clock base) {
        this.base = base;
    }

    /** Real time, in KST. */
    public static SandboxClock system() {
        return new SandboxClock(Clock.system(KST));
    }

    /** Frozen at {@code start} until advanced. */
    public static SandboxClock fixed(Instant start) {
        return new SandboxClock(Clock.fixed(start, KST));
    }

    public void advance(Duration duration) {
        offsetMillis.addAndGet(duration.toMillis());
    }

    @Override
    public ZoneId getZone() {
        return KST;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The sandbox clock always runs in KST");
    }

    @Override
    public Instant instant() {
        return base.instant().plusMillis(offsetMillis.get());
    }
}
