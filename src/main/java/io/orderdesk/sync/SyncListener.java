package io.orderdesk.sync;

/** Hears how a sync is going; called on the sync's own thread, so a UI must hop to its thread itself. */
@FunctionalInterface
public interface SyncListener {

    SyncListener NONE = progress -> { };

    void onProgress(SyncProgress progress);
}
