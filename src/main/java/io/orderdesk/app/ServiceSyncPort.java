package io.orderdesk.app;

import io.orderdesk.sync.SyncService;
import io.orderdesk.sync.SyncStatus;
import io.orderdesk.ui.main.SyncPort;

/** The main window's view of the sync service; without a connection, a port that never syncs. */
final class ServiceSyncPort implements SyncPort {

    private final SyncService service;

    ServiceSyncPort(SyncService service) {
        this.service = service;
    }

    static SyncPort idle() {
        return new SyncPort() {
            @Override
            public void refresh() {
            }

            @Override
            public void addListener(SyncService.Listener listener) {
            }

            @Override
            public SyncStatus status() {
                return SyncStatus.NEVER;
            }
        };
    }

    @Override
    public void refresh() {
        service.refresh();
    }

    @Override
    public void addListener(SyncService.Listener listener) {
        service.addListener(listener);
    }

    @Override
    public SyncStatus status() {
        return service.status();
    }
}
