package io.orderdesk.ui.actionlog;

import io.orderdesk.ui.support.Command;
import io.orderdesk.ui.support.UiExecutor;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The action log: recent staff actions with their per-line outcomes, failures and unknown outcomes standing out.
 * It follows the outbox live: every change the port reports reloads the list (and the shown lines) through the
 * {@link UiExecutor}, coalescing bursts into one read at a time.
 */
public final class ActionLogViewModel {

    /** How many actions the screen reads; older ones stay in the store and the audit export. */
    public static final int LIMIT = 300;
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")
            .withZone(ZoneId.of("Asia/Seoul"));

    private final ActionLogPort port;
    private final UiExecutor executor;
    private final ResourceBundle bundle;
    private final Clock clock;
    private final ActionTexts texts;
    private final ObservableList<ActionItem> all = FXCollections.observableArrayList();
    private final FilteredList<ActionItem> shown = new FilteredList<>(all);
    private final BooleanProperty problemsOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<ActionItem> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final LongConsumer listener;
    private final ActionLinesViewModel lines;
    private final Command refresh;
    private final Command export;
    private ActionLogDialogs dialogs = ActionLogDialogs.NONE;
    private boolean loading;
    private boolean loadAgain;
    private boolean replacing;
    private boolean shownOnce;

    public ActionLogViewModel(ActionLogPort port, UiExecutor executor, ResourceBundle bundle) {
        this(port, executor, bundle, Clock.systemUTC());
    }

    ActionLogViewModel(ActionLogPort port, UiExecutor executor, ResourceBundle bundle, Clock clock) {
        this.port = port;
        this.executor = executor;
        this.bundle = bundle;
        this.clock = clock;
        this.texts = new ActionTexts(bundle);
        this.lines = new ActionLinesViewModel(port, executor, bundle, status::set, () -> dialogs);
        this.listener = actionId -> executor.onUi(() -> changed(actionId));
        this.refresh = Command.always(this::load);
        this.export = Command.always(this::export);
        problemsOnly.addListener((observable, was, now) -> applyFilter());
        selected.addListener((observable, was, item) -> {
            if (!replacing) {
                lines.show(item);
            }
        });
    }

    /** Where questions go; the view passes real dialogs. */
    public void useDialogs(ActionLogDialogs newDialogs) {
        this.dialogs = newDialogs;
    }

    /** Starts following the outbox and reads the list; the view calls it when the screen opens. */
    public void start() {
        port.addListener(listener);
        refresh.execute();
    }

    /** Stops following the outbox; the view calls it when the screen closes. */
    public void stop() {
        port.removeListener(listener);
    }

    private void changed(long actionId) {
        load(() -> { });
        ActionItem current = selected.get();
        if (current != null && current.actionId() == actionId) {
            lines.reload();
        }
    }

    private void load(Runnable done) {
        if (loading) {
            loadAgain = true;
            done.run();
            return;
        }
        loading = true;
        executor.submit(() -> port.recent(LIMIT), rows -> {
            show(rows.stream().map(texts::item).toList());
            finishLoad(done);
        }, error -> {
            summary.set(bundle.getString("actionlog.loadFailed"));
            finishLoad(done);
        });
    }

    private void finishLoad(Runnable done) {
        loading = false;
        done.run();
        if (loadAgain) {
            loadAgain = false;
            load(() -> { });
        }
    }

    /**
     * Replaces the list, keeping the selected action by id (the first time, the newest is selected). The table drops
     * its selection while its items are replaced; that passing null must not clear the lines (and the lines the user
     * selected).
     */
    private void show(List<ActionItem> items) {
        ActionItem current = selected.get();
        replacing = true;
        try {
            all.setAll(items);
            applyFilter();
            // Opened to see how the last action went: the newest is selected, so its lines show at once.
            ActionItem wanted = current != null || shownOnce ? current : shown.stream().findFirst().orElse(null);
            selected.set(wanted == null ? null : shown.stream()
                    .filter(item -> item.actionId() == wanted.actionId()).findFirst().orElse(null));
            shownOnce = true;
        } finally {
            replacing = false;
        }
        lines.show(selected.get());
    }

    private void applyFilter() {
        shown.setPredicate(problemsOnly.get() ? ActionItem::problem : null);
        if (selected.get() != null && !shown.contains(selected.get())) {
            selected.set(null);
        }
        long problems = all.stream().filter(ActionItem::problem).count();
        summary.set(all.isEmpty() ? bundle.getString("actionlog.empty")
                : MessageFormat.format(bundle.getString("actionlog.count"), all.size(), problems));
    }

    private void export(Runnable done) {
        String name = "orderdesk-audit-" + FILE_STAMP.format(clock.instant()) + ".csv";
        Optional<Path> file = dialogs.chooseAuditFile(name);
        if (file.isEmpty()) {
            done.run();
            return;
        }
        status.set(bundle.getString("actionlog.exporting"));
        executor.submit(() -> {
            port.exportAudit(file.get());
            return file.get();
        }, path -> {
            status.set(MessageFormat.format(bundle.getString("actionlog.exported"), path.toString()));
            done.run();
        }, error -> {
            status.set(bundle.getString("actionlog.exportFailed"));
            done.run();
        });
    }

    /** The actions the table shows, newest first, after the filter. */
    public ObservableList<ActionItem> actions() {
        return shown;
    }

    /** "문제 있는 작업만": only actions with a FAILED, UNKNOWN or SKIPPED line. */
    public BooleanProperty problemsOnlyProperty() {
        return problemsOnly;
    }

    /** The action whose lines are shown; the view keeps it in step with the table, a reload keeps it by id. */
    public ObjectProperty<ActionItem> selectedProperty() {
        return selected;
    }

    public ActionLinesViewModel lines() {
        return lines;
    }

    /** "최근 작업 N건 · 문제 M건", or what went wrong reading. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Feedback on the last command. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Reads the list again (the screen also follows the outbox by itself). */
    public Command refreshCommand() {
        return refresh;
    }

    /** Asks where to save, then writes the audit log there as CSV. */
    public Command exportCommand() {
        return export;
    }
}
