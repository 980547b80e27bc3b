package io.orderdesk.ui.support;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one seam for background work (STYLE.md habit 3): work runs off the FX thread, and its result or failure is
 * delivered on the FX thread, so view models only ever touch their properties from one thread. Tests use
 * {@link InlineUiExecutor}, which does everything at once on the calling thread.
 */
public interface UiExecutor {

    /**
     * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the FX thread.
     *
     * @return a handle that can ask the work to stop (it interrupts the worker)
     */
    <T> Cancellable submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Runs {@code action} on the FX thread: now if already there, else later. */
    void onUi(Runnable action);

    /** A piece of background work that can be asked to stop. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
