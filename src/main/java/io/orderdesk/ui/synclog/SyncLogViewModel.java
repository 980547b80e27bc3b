package io.orderdesk.ui.synclog;

import io.orderdesk.ui.support.Command;
import io.orderdesk.ui.support.UiExecutor;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sync log: the latest windows the sync fetched, with outcome, rows and the trace IDs Naver support asks for.
 * Reads in the background; the trace IDs of the selected window can be copied in one click.
 */
public final class SyncLogViewModel {

    /** How many entries the screen reads; older ones stay in the store. */
    public static final int LIMIT = 500;

    private final LedgerSource source;
    private final UiExecutor executor;
    private final ResourceBundle bundle;
    private final ObservableList<SyncLogRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<SyncLogRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper selectedTraceIds = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper selectedMessage = new ReadOnlyStringWrapper("");
    private final Command refresh;
    private final Command copyTraceIds;
    private ClipboardSink clipboard = ClipboardSink.NONE;

    public SyncLogViewModel(LedgerSource source, UiExecutor executor, ResourceBundle bundle) {
        this.source = source;
        this.executor = executor;
        this.bundle = bundle;
        this.refresh = Command.always(this::refreshInBackground);
        BooleanBinding hasTraceIds = Bindings.createBooleanBinding(
                () -> selected.get() != null && !selected.get().traceIds().isEmpty(), selected);
        this.copyTraceIds = Command.instant(hasTraceIds, this::copy);
        selected.addListener((observable, was, row) -> showSelected(row));
        showSelected(null);
    }

    /** Where the copy command puts the trace IDs; the view passes the system clipboard. */
    public void useClipboard(ClipboardSink sink) {
        this.clipboard = sink;
    }

    private void refreshInBackground(Runnable done) {
        summary.set(bundle.getString("synclog.loading"));
        executor.submit(() -> source.recent(LIMIT), entries -> {
            List<SyncLogRow> loaded = entries.stream().map(entry -> SyncLogRow.of(entry, bundle)).toList();
            rows.setAll(loaded);
            summary.set(loaded.isEmpty() ? bundle.getString("synclog.empty")
                    : MessageFormat.format(bundle.getString("synclog.count"), loaded.size()));
            done.run();
        }, error -> {
            summary.set(bundle.getString("synclog.loadFailed"));
            done.run();
        });
    }

    private void copy() {
        List<String> traceIds = selected.get().traceIds();
        clipboard.put(String.join("\n", traceIds));
        status.set(MessageFormat.format(bundle.getString("synclog.copied"), traceIds.size()));
    }

    private void showSelected(SyncLogRow row) {
        status.set("");
        if (row == null) {
            selectedMessage.set(bundle.getString("synclog.selectHint"));
            selectedTraceIds.set("");
            return;
        }
        String heading = String.join(" · ", row.kind(), row.window(), row.outcome());
        selectedMessage.set(row.message().isEmpty() ? heading : heading + "\n" + row.message());
        selectedTraceIds.set(row.traceIds().isEmpty() ? bundle.getString("synclog.traceIds.none")
                : String.join("\n", row.traceIds()));
    }

    /** Reads the ledger again; the view runs it when it opens. */
    public Command refreshCommand() {
        return refresh;
    }

    /** Copies the selected window's trace IDs, one per line. */
    public Command copyTraceIdsCommand() {
        return copyTraceIds;
    }

    public ObservableList<SyncLogRow> rows() {
        return rows;
    }

    /** The row the user selected; the view keeps it in step with the table. */
    public ObjectProperty<SyncLogRow> selectedProperty() {
        return selected;
    }

    /** "최근 N건", or what went wrong reading. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Feedback on the last copy. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The selected window's trace IDs, one per line, or a note that it has none. */
    public ReadOnlyStringProperty selectedTraceIdsProperty() {
        return selectedTraceIds.getReadOnlyProperty();
    }

    /** The selected window's kind, span, outcome and message, or a hint to select one. */
    public ReadOnlyStringProperty selectedMessageProperty() {
        return selectedMessage.getReadOnlyProperty();
    }
}
