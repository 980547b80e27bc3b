package io.orderdesk.ui.main;

import io.orderdesk.sync.SyncService;
import io.orderdesk.sync.SyncStatus;

/** The part of {@link SyncService} the main window uses; a seam so view-model tests can drive it by hand. */
public interface SyncPort {

    /** Starts a run in the background unless one is going. */
    void refresh();

    /** Listeners are called on the sync's thread. */
    void addListener(SyncService.Listener listener);

    SyncStatus status();
}
