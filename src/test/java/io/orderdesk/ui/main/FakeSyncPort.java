package io.orderdesk.ui.main;

import io.orderdesk.sync.SyncProgress;
import io.orderdesk.sync.SyncReport;
import io.orderdesk.sync.SyncService;
import io.orderdesk.sync.SyncStatus;
import java.util.ArrayList;
import java.util.List;

/** A sync the test drives by hand: it counts refresh requests and sends what the test tells it to. */
final class FakeSyncPort implements SyncPort {

    final List<SyncService.Listener> listeners = new ArrayList<>();
    int refreshes;
    SyncStatus status = SyncStatus.NEVER;

    @Override
    public void refresh() {
        refreshes++;
    }

    @Override
    public void addListener(SyncService.Listener listener) {
        listeners.add(listener);
    }

    @Override
    public SyncStatus status() {
        return status;
    }

    void status(SyncStatus next) {
        status = next;
        listeners.forEach(l -> l.onStatus(next));
    }

    void progress(int done, int total, int orders) {
        listeners.forEach(l -> l.onProgress(new SyncProgress(done, total, orders)));
    }

    void finished(SyncReport.Outcome outcome, int inserted, int updated, RuntimeException error) {
        SyncReport report = new SyncReport(outcome, 1, 1, inserted + updated, inserted, updated, 0, 0, List.of(),
                error);
        listeners.forEach(l -> l.onFinished(report));
    }
}
