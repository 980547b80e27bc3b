package io.orderdesk.app;

import io.orderdesk.actions.ActionListener;
import io.orderdesk.actions.ActionService;
import io.orderdesk.domain.ActionInput;
import io.orderdesk.store.Settings;
import io.orderdesk.ui.actionlog.ActionLineRow;
import io.orderdesk.ui.actionlog.ActionLogPort;
import io.orderdesk.ui.actionlog.ActionRow;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;

/** The action log screen's port on the real outbox and audit log; resends go out in the current operator's name. */
final class OutboxLogPort implements ActionLogPort {

    private final ActionService actions;
    private final Settings settings;
    private final Map<LongConsumer, ActionListener> listeners = new ConcurrentHashMap<>();

    OutboxLogPort(ActionService actions, Settings settings) {
        this.actions = actions;
        this.settings = settings;
    }

    @Override
    public List<ActionRow> recent(int limit) {
        return actions.recentActions(limit).stream().map(action -> new ActionRow(action.id(), action.createdAt(),
                action.operator(), action.action(), action.lineCount(), action.counts())).toList();
    }

    @Override
    public List<ActionLineRow> lines(long actionId) {
        return actions.lines(actionId).stream().map(line -> new ActionLineRow(line.productOrderId(), line.state(),
                line.line().resultCode(), line.line().resultMessage(), line.line().traceId(), line.line().note(),
                line.line().attempts(), line.line().updatedAt(), line.input())).toList();
    }

    @Override
    public void resend(long actionId, Map<String, ActionInput> lines) {
        actions.resend(actionId, OutboxActionPort.operator(settings), lines);
    }

    @Override
    public void settle(long actionId) {
        actions.settle(actionId);
    }

    @Override
    public void exportAudit(Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            actions.auditLog().exportCsv(out, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void addListener(LongConsumer actionChanged) {
        ActionListener listener = actionChanged::accept;
        listeners.put(actionChanged, listener);
        actions.addListener(listener);
    }

    @Override
    public void removeListener(LongConsumer actionChanged) {
        ActionListener listener = listeners.remove(actionChanged);
        if (listener != null) {
            actions.removeListener(listener);
        }
    }
}
