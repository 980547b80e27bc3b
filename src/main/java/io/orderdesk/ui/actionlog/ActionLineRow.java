package io.orderdesk.ui.actionlog;

import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.ActionLineState;
import java.time.Instant;

/**
 * One product order of an action and where it stands.
 *
 * @param code     the API's error code when it failed, else null
 * @param message  the API's message (or ours) when it failed or was skipped, else null
 * @param traceId  the trace ID of the last call that carried the line, or null
 * @param note     what the outbox noted, e.g. why the line was held back, or null
 * @param attempts how often the line was sent
 * @param input    what staff entered for the line
 */
public record ActionLineRow(String productOrderId, ActionLineState state, String code, String message,
                            String traceId, String note, int attempts, Instant updatedAt, ActionInput input) {
}
