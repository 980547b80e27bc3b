package io.orderdesk.ui.support;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background work on a small pool of named daemon threads, results back on the FX thread. A failure is logged once
 * here and handed to the caller's {@code onFailure}, which shows it; nothing is swallowed.
 *
 * <p>Once closed (the context behind a window is closing, for a reopen or at quit), work still asked for by that
 * window, say a refresh timer or a reload that was already queued on the FX thread, is dropped: it would only touch a
 * closed store for a window that is going away.
 */
public final class FxUiExecutor implements UiExecutor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxUiExecutor.class);

    private final ExecutorService pool;

    public FxUiExecutor(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "od-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.pool = Executors.newFixedThreadPool(threads, factory);
    }

    @Override
    public <T> Cancellable submit(Callable<T> work, Consumer<? super T> onSuccess,
                                  Consumer<? super Throwable> onFailure) {
        Future<?> future;
        try {
            future = pool.submit(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> onSuccess.accept(result));
                } catch (Exception | Error e) {
                    LOG.warn("Background work failed", e);
                    Platform.runLater(() -> onFailure.accept(e));
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("Background work asked for after close: dropped");
            return () -> { };
        }
        return () -> future.cancel(true);
    }

    @Override
    public void onUi(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
