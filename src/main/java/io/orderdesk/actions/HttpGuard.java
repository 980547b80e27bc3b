package io.orderdesk.actions;

import java.util.function.Supplier;

/**
 * Lets {@link ActionService#close()} interrupt the sender thread only while it waits for an HTTP answer. An
 * interrupt that reached it during a database write could make H2 close its file, so one is delivered only inside
 * {@link #call} and cleared on the way out.
 */
final class HttpGuard {

    private Thread inCall;

    <T> T call(Supplier<T> request) {
        synchronized (this) {
            inCall = Thread.currentThread();
        }
        try {
            return request.get();
        } finally {
            synchronized (this) {
                inCall = null;
                Thread.interrupted();
            }
        }
    }

    /** Interrupts the thread waiting for an answer, if there is one; returns whether there was. */
    synchronized boolean interrupt() {
        if (inCall == null) {
            return false;
        }
        inCall.interrupt();
        return true;
    }
}
