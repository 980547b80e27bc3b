package io.orderdesk.actions;

import java.time.Instant;

/**
 * Whether the sender can reach Naver Pay right now.
 *
 * @param waitingSince when it started waiting because nothing could be sent, or {@code null} while all is well
 * @param problem      a short Korean sentence saying why it waits, or {@code null}
 */
public record SenderStatus(Instant waitingSince, String problem) {

    /** All is well. */
    public static final SenderStatus OK = new SenderStatus(null, null);

    /** True while pending lines wait for the connection (or the configuration) to come back. */
    public boolean isWaiting() {
        return waitingSince != null;
    }
}
