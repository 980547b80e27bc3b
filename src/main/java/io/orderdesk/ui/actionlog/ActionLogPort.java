package io.orderdesk.ui.actionlog;

import io.orderdesk.domain.ActionInput;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * What the action log needs from the outbox; the app adapts the real service. Every method but the listener ones may
 * block and is called off the FX thread.
 */
public interface ActionLogPort {

    /** The latest actions, newest first. */
    List<ActionRow> recent(int limit);

    /** The lines of one action. */
    List<ActionLineRow> lines(long actionId);

    /** Sends FAILED or UNKNOWN lines again; the map gives each line's input (corrected or as before) by its id. */
    void resend(long actionId, Map<String, ActionInput> lines);

    /** Re-reads the action's UNKNOWN lines now to learn whether they took effect. */
    void settle(long actionId);

    /** Writes the audit log as CSV. */
    void exportAudit(Path file);

    /** {@code actionChanged} gets an action's id whenever it or one of its lines changed; called on any thread. */
    void addListener(LongConsumer actionChanged);

    void removeListener(LongConsumer actionChanged);
}
