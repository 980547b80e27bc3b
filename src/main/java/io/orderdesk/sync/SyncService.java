package io.orderdesk.sync;

import io.orderdesk.api.error.AuthenticationException;
import io.orderdesk.api.error.InvalidInputException;
import io.orderdesk.api.error.IpNotAllowedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs syncs for the app in the background, one at a time: on demand ({@link #refresh()}, F5) and on an interval.
 * Screens listen for progress and for the new {@link SyncStatus}; listeners are called on the sync's thread, so a
 * view model hops to the FX thread itself. Never touches JavaFX.
 */
public final class SyncService implements AutoCloseable {

    /** Hears the service; every method has a no-op default. */
    public interface Listener {
        default void onProgress(SyncProgress progress) {
        }

        default void onStatus(SyncStatus status) {
        }

        default void onFinished(SyncReport report) {
        }
    }

    private final Supplier<SyncEngine> engines;
    private final Clock clock;
    private final ExecutorService worker;
    private final ScheduledExecutorService timer;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile SyncStatus status = SyncStatus.NEVER;
    private volatile CancelSignal cancel;
    private CompletableFuture<SyncReport> running;
    private ScheduledFuture<?> schedule;

    /** @param engines builds the engine for each run, so a changed connection takes effect on the next run */
    public SyncService(Supplier<SyncEngine> engines, Clock clock) {
        this.engines = engines;
        this.clock = clock;
        this.worker = Executors.newSingleThreadExecutor(daemon("od-sync"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("od-sync-timer"));
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    public SyncStatus status() {
        return status;
    }

    /** Starts a run unless one is already going, in which case that one's result is returned. */
    public synchronized CompletableFuture<SyncReport> refresh() {
        if (running != null && !running.isDone()) {
            return running;
        }
        CancelSignal signal = new CancelSignal();
        cancel = signal;
        publish(new SyncStatus(true, status.lastSyncedAt(), status.offlineSince(), status.lastError()));
        running = CompletableFuture.supplyAsync(() -> runOnce(signal), worker);
        return running;
    }

    /** Asks the running sync to stop after the page it is storing. */
    public void cancel() {
        CancelSignal signal = cancel;
        if (signal != null) {
            signal.cancel();
        }
    }

    /** Refreshes every {@code interval} from now on; zero or negative stops the automatic refresh. */
    public synchronized void refreshEvery(Duration interval) {
        if (schedule != null) {
            schedule.cancel(false);
            schedule = null;
        }
        if (interval != null && !interval.isZero() && !interval.isNegative()) {
            schedule = timer.scheduleWithFixedDelay(this::refresh, interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private SyncReport runOnce(CancelSignal signal) {
        SyncReport report;
        try {
            report = engines.get().runOnce(progress -> listeners.forEach(l -> l.onProgress(progress)), signal);
        } catch (RuntimeException e) {
            report = new SyncReport(SyncReport.Outcome.FAILED, 0, 0, 0, 0, 0, 0, 0, List.of(), e);
        }
        SyncStatus before = status;
        SyncStatus after = switch (report.outcome()) {
            case OK -> new SyncStatus(false, clock.instant(), null, null);
            case FAILED -> new SyncStatus(false, before.lastSyncedAt(),
                    unreachable(report.error()) ? firstNonNull(before.offlineSince()) : before.offlineSince(),
                    report.error());
            case CANCELLED, BUSY -> new SyncStatus(false, before.lastSyncedAt(), before.offlineSince(),
                    before.lastError());
        };
        publish(after);
        for (Listener listener : listeners) {
            listener.onFinished(report);
        }
        return report;
    }

    /** Failures that mean "cannot reach Naver right now" rather than a problem the user must fix in settings. */
    private static boolean unreachable(RuntimeException error) {
        return !(error instanceof AuthenticationException || error instanceof IpNotAllowedException
                || error instanceof InvalidInputException);
    }

    private Instant firstNonNull(Instant since) {
        return since != null ? since : clock.instant();
    }

    private void publish(SyncStatus next) {
        status = next;
        listeners.forEach(listener -> listener.onStatus(next));
    }

    @Override
    public void close() {
        cancel();
        timer.shutdownNow();
        worker.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
