package io.orderdesk.sync;

/**
 * Named points between the steps of a page, where tests make the sync fail on purpose to prove that a run stopped
 * at any of them resumes without losing or repeating anything. Production uses {@link #NONE}.
 */
@FunctionalInterface
public interface SyncSteps {

    SyncSteps NONE = step -> { };

    /** The points, in the order a page passes them. */
    enum Step { FEED_READ, DETAILS_READ, BEFORE_COMMIT, AFTER_COMMIT }

    /** Called as each point is reached; throwing aborts the run there. */
    void reached(Step step);
}
