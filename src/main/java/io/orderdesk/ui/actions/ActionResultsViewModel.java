package io.orderdesk.ui.actions;

import io.orderdesk.domain.ActionLineState;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.ui.orders.Formats;
import io.orderdesk.ui.synclog.ClipboardSink;
import io.orderdesk.ui.support.UiExecutor;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The per-line results of a sent action, kept current: whenever the outbox says the action's lines changed, they are
 * read again in the background. Lines skipped just before sending (a new claim or address) are also listed apart
 * under "다음 N건은 발송에서 제외됨".
 */
public final class ActionResultsViewModel {

    private final ActionPort port;
    private final UiExecutor executor;
    private final Formats formats;
    private final ResultRows rowMaker;
    private final ObservableList<ResultRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ResultRow> skipped = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper skippedHeading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper addressNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(false);
    private final AtomicLong requested = new AtomicLong();
    private long shown;
    private ClipboardSink clipboard = ClipboardSink.NONE;
    private OrderAction action;
    private long actionId;
    private LongConsumer listener;

    ActionResultsViewModel(ActionPort port, UiExecutor executor, Formats formats) {
        this.port = port;
        this.executor = executor;
        this.formats = formats;
        this.rowMaker = new ResultRows(formats);
    }

    /** Starts following the action's lines; {@code targets} supply the product names. */
    void watch(OrderAction sentAction, long id, List<ActionTarget> targets) {
        this.action = sentAction;
        this.actionId = id;
        rowMaker.names(targets);
        summary.set(formats.text("actions.results.waiting"));
        LongConsumer changed = changedId -> {
            if (changedId == id) {
                reload();
            }
        };
        listener = changed;
        long request = requested.incrementAndGet();
        executor.submit(() -> {
            port.addListener(changed);
            return port.lines(id);
        }, lines -> show(request, lines), this::failed);
    }

    /** May be called on any thread (it is the port's listener). */
    private void reload() {
        long request = requested.incrementAndGet();
        executor.submit(() -> port.lines(actionId), lines -> show(request, lines), this::failed);
    }

    private void show(long request, List<LineResult> lines) {
        if (request < shown) {
            return;
        }
        shown = request;
        List<ResultRow> made = lines.stream().map(rowMaker::row).toList();
        rows.setAll(made);
        skipped.setAll(made.stream().filter(row -> row.state() == ActionLineState.SKIPPED).toList());
        skippedHeading.set(skipped.isEmpty() ? "" : action == OrderAction.DISPATCH
                ? formats.text("actions.results.skippedDispatch", skipped.size())
                : formats.text("actions.results.skipped", skipped.size(), ActionNames.of(action, formats)));
        long changedAddresses = made.stream().filter(ResultRow::addressChanged).count();
        addressNotice.set(changedAddresses == 0 ? "" : formats.text("actions.results.addressChanged",
                changedAddresses));
        finished.set(!lines.isEmpty() && lines.stream().allMatch(line -> line.state().isFinal()));
        summary.set(summaryOf(lines));
        status.set("");
    }

    private String summaryOf(List<LineResult> lines) {
        Map<ActionLineState, Long> counts = lines.stream().collect(Collectors.groupingBy(LineResult::state,
                () -> new EnumMap<>(ActionLineState.class), Collectors.counting()));
        String parts = counts.entrySet().stream()
                .map(entry -> rowMaker.stateLabel(entry.getKey()) + " " + entry.getValue())
                .collect(Collectors.joining(" · "));
        return formats.text(finished.get() ? "actions.results.finished" : "actions.results.working", parts);
    }

    private void failed(Throwable error) {
        status.set(formats.text("actions.results.loadFailed"));
    }

    /** Stops following the action; the dialog calls it when it closes. */
    void close() {
        LongConsumer registered = listener;
        listener = null;
        if (registered != null) {
            executor.submit(() -> {
                port.removeListener(registered);
                return null;
            }, done -> { }, error -> { });
        }
    }

    /** Puts a line's trace ID on the clipboard, for Naver support. */
    public void copyTraceId(ResultRow row) {
        if (row != null && !row.traceId().isEmpty()) {
            clipboard.put(row.traceId());
            status.set(formats.text("actions.results.copied", row.traceId()));
        }
    }

    public void useClipboard(ClipboardSink sink) {
        this.clipboard = sink;
    }

    public ObservableList<ResultRow> rows() {
        return rows;
    }

    /** The lines left out just before sending. */
    public ObservableList<ResultRow> skipped() {
        return skipped;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** "다음 N건은 발송에서 제외됨", or "" when nothing was skipped. */
    public ReadOnlyStringProperty skippedHeadingProperty() {
        return skippedHeading.getReadOnlyProperty();
    }

    /** For 발주 확인: how many buyers changed the address, or "". */
    public ReadOnlyStringProperty addressNoticeProperty() {
        return addressNotice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True once every line has a final state. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }
}
