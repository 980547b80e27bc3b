package io.orderdesk.app;

import io.orderdesk.ui.main.MainViewModel;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** Runs something once the first sync after start-up is over (or failed, or took too long) and its rows are painted. */
final class FirstSync {

    private final MainViewModel viewModel;
    private final Runnable action;
    private boolean started;
    private boolean done;

    private FirstSync(MainViewModel viewModel, Runnable action) {
        this.viewModel = viewModel;
        this.action = action;
    }

    static void then(MainViewModel viewModel, java.time.Duration timeout, Runnable action) {
        new FirstSync(viewModel, action).watch(timeout);
    }

    private void watch(java.time.Duration timeout) {
        started = viewModel.sync().runningProperty().get();
        viewModel.sync().runningProperty().addListener((obs, was, running) -> {
            if (running) {
                started = true;
            } else if (started) {
                settle();
            }
        });
        PauseTransition limit = new PauseTransition(Duration.millis(timeout.toMillis()));
        limit.setOnFinished(event -> finish());
        limit.play();
    }

    /** The reload after a sync takes a moment in the background; then give the table a few pulses to paint. */
    private void settle() {
        PauseTransition pause = new PauseTransition(Duration.millis(700));
        pause.setOnFinished(event -> {
            if (viewModel.orders().loadingProperty().get()) {
                settle();
            } else {
                finish();
            }
        });
        pause.play();
    }

    private void finish() {
        if (!done) {
            done = true;
            action.run();
        }
    }
}
