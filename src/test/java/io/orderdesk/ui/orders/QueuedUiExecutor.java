package io.orderdesk.ui.orders;

import io.orderdesk.ui.support.UiExecutor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Holds background work until the test runs it, so tests can see what happens while answers are on their way. */
public final class QueuedUiExecutor implements UiExecutor {

    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> Cancellable submit(Callable<T> work, Consumer<? super T> onSuccess,
                                  Consumer<? super Throwable> onFailure) {
        queue.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
        return () -> { };
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }

    public int pending() {
        return queue.size();
    }

    /** Runs the oldest waiting piece of work. */
    public void runNext() {
        queue.removeFirst().run();
    }

    /** Runs the newest waiting piece of work first, as a fast answer overtaking a slow one would. */
    public void runLast() {
        queue.removeLast().run();
    }

    public void runAll() {
        while (!queue.isEmpty()) {
            runNext();
        }
    }
}
