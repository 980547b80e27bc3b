package io.orderdesk.ui.support;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * A user action a view model offers (STYLE.md habit 4): buttons and menu items bind to {@link #executableProperty()}
 * so they are disabled exactly when the action is not allowed, including while it is already running.
 */
public final class Command {

    /** What the command does; it calls {@code done} on the FX thread when its (background) work is over. */
    @FunctionalInterface
    public interface Action {
        void run(Runnable done);
    }

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding executable;
    private final Action action;

    public Command(ObservableBooleanValue allowed, Action action) {
        this.action = action;
        this.executable = Bindings.createBooleanBinding(() -> allowed.get() && !running.get(), allowed, running);
    }

    /** A command that is always allowed when not running. */
    public static Command always(Action action) {
        return new Command(new ReadOnlyBooleanWrapper(true), action);
    }

    /** A quick command that finishes before returning. */
    public static Command instant(ObservableBooleanValue allowed, Runnable body) {
        return new Command(allowed, done -> {
            body.run();
            done.run();
        });
    }

    /** Runs the action if it is allowed now; does nothing otherwise. */
    public void execute() {
        if (!executable.get()) {
            return;
        }
        running.set(true);
        action.run(() -> running.set(false));
    }

    public BooleanBinding executableProperty() {
        return executable;
    }

    public boolean isExecutable() {
        return executable.get();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }
}
