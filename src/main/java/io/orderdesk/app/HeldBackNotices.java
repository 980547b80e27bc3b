package io.orderdesk.app;

import io.orderdesk.actions.ActionService;
import io.orderdesk.domain.ActionLineState;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.ui.actions.LineResult;
import io.orderdesk.ui.support.UiExecutor;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Tells staff when a dispatch queued earlier (its dialog long closed, e.g. sent after the network came back) had lines
 * held back just before sending because they got a claim or a new address: "다음 N건은 발송에서 제외됨". While an
 * action dialog is open it shows such lines itself, so no second window pops up then. Each action is shown once.
 */
final class HeldBackNotices {

    private final ActionService actions;
    private final UiExecutor executor;
    private final BooleanSupplier dialogOpen;
    private final Consumer<List<LineResult>> show;
    private final Set<Long> shown = ConcurrentHashMap.newKeySet();

    HeldBackNotices(ActionService actions, UiExecutor executor, BooleanSupplier dialogOpen,
                    Consumer<List<LineResult>> show) {
        this.actions = actions;
        this.executor = executor;
        this.dialogOpen = dialogOpen;
        this.show = show;
    }

    /** Starts listening to the outbox. */
    void install() {
        actions.addListener(this::changed);
    }

    private void changed(long actionId) {
        if (shown.contains(actionId)) {
            return;
        }
        boolean dispatch = actions.action(actionId).map(action -> action.action() == OrderAction.DISPATCH
                && action.count(ActionLineState.SKIPPED) > 0 && action.isSettled()).orElse(false);
        if (!dispatch) {
            return;
        }
        List<LineResult> skipped = actions.lines(actionId).stream()
                .filter(line -> line.state() == ActionLineState.SKIPPED).map(OutboxActionPort::result).toList();
        executor.onUi(() -> {
            if (!dialogOpen.getAsBoolean() && shown.add(actionId)) {
                show.accept(skipped);
            }
        });
    }
}
