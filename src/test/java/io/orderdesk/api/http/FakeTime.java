package io.orderdesk.api.http;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** A nanosecond time source whose sleeper records each wait and moves time forward instead of waiting. */
final class FakeTime implements LongSupplier, Sleeper {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public long getAsLong() {
        return nanos.get();
    }

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        nanos.addAndGet(duration.toNanos());
    }

    void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
