package io.orderdesk.ui.actionlog;

import io.orderdesk.domain.ActionLineState;
import io.orderdesk.ui.support.Command;
import io.orderdesk.ui.support.UiExecutor;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The lower half of the action log: the lines of the selected action, and what can be done with them. Sending again
 * goes through {@link ActionLogDialogs#confirmResend}, which shows the lines and takes corrections; only a valid,
 * confirmed form reaches the outbox.
 */
public final class ActionLinesViewModel {

    private final ActionLogPort port;
    private final UiExecutor executor;
    private final ResourceBundle bundle;
    private final ActionTexts texts;
    private final Consumer<String> status;
    private final Supplier<ActionLogDialogs> dialogs;
    private final ReadOnlyObjectWrapper<ActionItem> action = new ReadOnlyObjectWrapper<>();
    private final ObservableList<LineItem> lines = FXCollections.observableArrayList();
    private final ObservableList<LineItem> selectedLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper();
    private final Command resend;
    private final Command settle;
    private int generation;

    ActionLinesViewModel(ActionLogPort port, UiExecutor executor, ResourceBundle bundle, Consumer<String> status,
                         Supplier<ActionLogDialogs> dialogs) {
        this.port = port;
        this.executor = executor;
        this.bundle = bundle;
        this.texts = new ActionTexts(bundle);
        this.status = status;
        this.dialogs = dialogs;
        this.resend = new Command(Bindings.createBooleanBinding(
                () -> selectedLines.stream().anyMatch(LineItem::resendable), selectedLines), this::resend);
        this.settle = new Command(Bindings.createBooleanBinding(
                () -> action.get() != null && action.get().row().count(ActionLineState.UNKNOWN) > 0, action),
                this::settle);
        heading.set(bundle.getString("actionlog.lines.hint"));
    }

    /** Shows the lines of {@code item}; the same action again (fresh counts) only updates the heading. */
    void show(ActionItem item) {
        ActionItem was = action.get();
        action.set(item);
        if (item == null) {
            generation++;
            lines.clear();
            selectedLines.clear();
            heading.set(bundle.getString("actionlog.lines.hint"));
            return;
        }
        heading.set(String.join(" · ", item.action(), item.time(), item.operator(),
                MessageFormat.format(bundle.getString("actionlog.lines.count"), item.lines())));
        if (was == null || was.actionId() != item.actionId()) {
            lines.clear();
            selectedLines.clear();
            reload();
        }
    }

    /** Reads the shown action's lines again, keeping the selected ones selected. */
    void reload() {
        ActionItem item = action.get();
        if (item == null) {
            return;
        }
        int mine = ++generation;
        executor.submit(() -> port.lines(item.actionId()), rows -> {
            if (mine != generation) {
                return;
            }
            Set<String> kept = selectedLines.stream().map(LineItem::productOrderId).collect(Collectors.toSet());
            List<LineItem> loaded = rows.stream().map(texts::line).toList();
            lines.setAll(loaded);
            selectedLines.setAll(loaded.stream().filter(line -> kept.contains(line.productOrderId())).toList());
        }, error -> status.accept(bundle.getString("actionlog.lines.loadFailed")));
    }

    private void resend(Runnable done) {
        ActionItem item = action.get();
        List<ActionLineRow> chosen = selectedLines.stream().filter(LineItem::resendable).map(LineItem::row).toList();
        ResendForm form = new ResendForm(item.actionId(), item.row().action(), chosen, bundle);
        if (!dialogs.get().confirmResend(form) || !form.isValid()) {
            done.run();
            return;
        }
        executor.submit(() -> {
            port.resend(form.actionId(), form.inputs());
            return form.lines().size();
        }, count -> {
            status.accept(MessageFormat.format(bundle.getString("actionlog.resent"), count));
            reload();
            done.run();
        }, error -> {
            status.accept(bundle.getString("actionlog.resendFailed"));
            done.run();
        });
    }

    private void settle(Runnable done) {
        long actionId = action.get().actionId();
        executor.submit(() -> {
            port.settle(actionId);
            return actionId;
        }, id -> {
            status.accept(bundle.getString("actionlog.settled"));
            reload();
            done.run();
        }, error -> {
            status.accept(bundle.getString("actionlog.settleFailed"));
            done.run();
        });
    }

    /** Puts a line's trace ID on the clipboard. */
    public void copyTraceId(LineItem line) {
        if (line == null || line.traceId().isEmpty()) {
            return;
        }
        dialogs.get().copy(line.traceId());
        status.accept(bundle.getString("actionlog.traceCopied"));
    }

    public ObservableList<LineItem> lines() {
        return lines;
    }

    /** The lines the user selected; the view keeps it in step with the table, and a reload keeps what it can. */
    public ObservableList<LineItem> selectedLines() {
        return selectedLines;
    }

    /** The action whose lines are shown, or null. */
    public ReadOnlyObjectProperty<ActionItem> actionProperty() {
        return action.getReadOnlyProperty();
    }

    /** "발송 처리 · time · operator · 12건", or a hint to pick an action. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Sends the selected FAILED and UNKNOWN lines again, after the user confirmed (and maybe corrected) them. */
    public Command resendCommand() {
        return resend;
    }

    /** Re-reads the action's UNKNOWN lines now; allowed while it has some. */
    public Command settleCommand() {
        return settle;
    }
}
