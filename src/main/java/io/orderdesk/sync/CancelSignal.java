package io.orderdesk.sync;

import java.util.concurrent.atomic.AtomicBoolean;

/** Lets a UI stop a running sync cleanly between two pages; what was committed stays. */
public final class CancelSignal {

    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    void throwIfCancelled() {
        if (cancelled.get() || Thread.currentThread().isInterrupted()) {
            throw new SyncCancelledException();
        }
    }

    /** Raised inside the sync to unwind when the user cancelled. */
    static final class SyncCancelledException extends RuntimeException {
        SyncCancelledException() {
            super("sync cancelled", null, false, false);
        }
    }
}
