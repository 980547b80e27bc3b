package io.orderdesk.ui.main;

/**
 * Opens the screens that live outside the main window. The app supplies it, so the main window does not depend on
 * how (or whether yet) those screens are built.
 */
public interface ScreenOpener {

    /** Settings, including connecting a real Npay account. */
    void openSettings();

    /** The sync ledger and the outbox with their results. */
    void openSyncLog();

    /** Version, data and log folders. */
    default void openAbout() {
    }
}
