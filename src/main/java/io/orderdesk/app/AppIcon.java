package io.orderdesk.app;

import io.orderdesk.ui.support.Windows;
import javafx.stage.Stage;

/** The main window wears the app icon; the windows it opens take it from there ({@link Windows#owned}). */
final class AppIcon {

    private AppIcon() {
    }

    static void apply(Stage stage) {
        stage.getIcons().setAll(Windows.appIcon());
    }
}
