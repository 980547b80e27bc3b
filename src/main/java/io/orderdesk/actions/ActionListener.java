package io.orderdesk.actions;

/**
 * Hears the {@link ActionService}. Called on the service's sender thread: a view model hops to the FX thread itself
 * and must not block.
 */
public interface ActionListener {

    /** Lines of the action were written, sent, answered, skipped, settled or queued again. */
    void linesChanged(long actionId);

    /** The sender started or stopped waiting (offline, not configured, rate limited). */
    default void statusChanged(SenderStatus status) {
    }
}
