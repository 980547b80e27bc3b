package io.orderdesk.ui.main;

import io.orderdesk.sync.SyncProgress;
import io.orderdesk.sync.SyncReport;
import io.orderdesk.sync.SyncService;
import io.orderdesk.sync.SyncStatus;
import io.orderdesk.ui.orders.Formats;
import io.orderdesk.ui.support.Command;
import io.orderdesk.ui.support.UiExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Refresh and what the user is told about syncing: progress and counts while a run goes, "last synced" after it, and
 * the banner when Naver cannot be reached (since when, why in plain words, the trace ID one click away). The sync
 * calls back on its own thread; every update hops to the FX thread through the executor.
 */
public final class SyncBarViewModel {

    private final SyncPort port;
    private final UiExecutor executor;
    private final Formats formats;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper lastSyncedText = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problemText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper traceId = new ReadOnlyStringWrapper();
    private final ReadOnlyIntegerWrapper changedRuns = new ReadOnlyIntegerWrapper();
    private final Command refresh;

    public SyncBarViewModel(SyncPort port, UiExecutor executor, Formats formats) {
        this.port = port;
        this.executor = executor;
        this.formats = formats;
        this.refresh = Command.instant(Bindings.not(running), port::refresh);
        apply(port.status());
        port.addListener(new SyncService.Listener() {
            @Override
            public void onProgress(SyncProgress value) {
                executor.onUi(() -> progress(value));
            }

            @Override
            public void onStatus(SyncStatus status) {
                executor.onUi(() -> apply(status));
            }

            @Override
            public void onFinished(SyncReport report) {
                executor.onUi(() -> finished(report));
            }
        });
    }

    private void progress(SyncProgress value) {
        progress.set(value.windowsTotal() == 0 ? -1 : value.fraction());
        statusText.set(formats.text("main.sync.progress", value.windowsDone(), value.windowsTotal(),
                value.ordersFetched()));
    }

    private void apply(SyncStatus status) {
        running.set(status.running());
        if (status.running()) {
            progress.set(-1);
            statusText.set(formats.text("main.sync.starting"));
        }
        lastSyncedText.set(status.lastSyncedAt() == null ? formats.text("main.sync.never")
                : formats.text("main.sync.last", formats.dateTime(status.lastSyncedAt())));
        offline.set(status.offlineSince() != null);
        problem.set(status.lastError() != null);
        reason.set(status.problem() == null ? null : formats.text("main.sync.problem." + status.problem().name()));
        traceId.set(status.traceId());
        if (status.offlineSince() != null) {
            problemText.set(formats.text("banner.offline", formats.dateTime(status.offlineSince())));
        } else if (status.lastError() != null) {
            problemText.set(formats.text("banner.failed"));
        } else {
            problemText.set(null);
        }
    }

    private void finished(SyncReport report) {
        progress.set(0);
        statusText.set(switch (report.outcome()) {
            case OK -> formats.text("main.sync.done", report.inserted(), report.updated());
            case FAILED -> formats.text("main.sync.failed");
            case CANCELLED -> formats.text("main.sync.cancelled");
            case BUSY -> formats.text("main.sync.busy");
        });
        if (report.inserted() + report.updated() + report.repaired() > 0) {
            changedRuns.set(changedRuns.get() + 1);
        }
    }

    /** F5 and the refresh button; not executable while a run is going. */
    public Command refreshCommand() {
        return refresh;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the amount of work is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastSyncedTextProperty() {
        return lastSyncedText.getReadOnlyProperty();
    }

    /** True while the last run failed; the banner shows. */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True while Naver cannot be reached (the cached orders are shown). */
    public ReadOnlyBooleanProperty offlineProperty() {
        return offline.getReadOnlyProperty();
    }

    /** The banner's sentence, e.g. since when the app is offline. */
    public ReadOnlyStringProperty problemTextProperty() {
        return problemText.getReadOnlyProperty();
    }

    /** Why, in words a shop worker understands. */
    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    /** The trace ID Naver support asks for, or {@code null}. */
    public ReadOnlyStringProperty traceIdProperty() {
        return traceId.getReadOnlyProperty();
    }

    /** Counts the runs that stored new or changed lines, so screens know when to read the store again. */
    public ReadOnlyIntegerProperty changedRunsProperty() {
        return changedRuns.getReadOnlyProperty();
    }
}
