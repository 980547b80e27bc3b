package io.orderdesk.app;

import io.orderdesk.sync.SyncService;
import io.orderdesk.ui.Screenshot;
import io.orderdesk.ui.alerts.AlertToastView;
import io.orderdesk.ui.alerts.AlertsViewModel;
import io.orderdesk.ui.alerts.DesktopNotifier;
import io.orderdesk.ui.alerts.SyncAlertFeed;
import io.orderdesk.ui.alerts.UserBusy;
import io.orderdesk.ui.support.Theme;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's life in one window: shows the layout at once (still empty, "loading"), opens the {@link AppContext} on a
 * background thread, then swaps in the working window and starts the first refresh. When saved settings change the
 * connection or language, {@link #reopen} does the same again over a fresh context; a new refresh interval applies
 * to the running one. Nothing needs a restart.
 */
final class AppSession {

    private static final Logger LOG = LoggerFactory.getLogger(AppSession.class);
    /** Setting: play a sound with the new-orders alert ({@code true} unless set to {@code false}). */
    static final String ALERT_SOUND = "alerts.sound";

    private final Stage stage;
    private final Supplier<AppContext.Config> config;
    private final String screenshot;
    private volatile AppContext context;
    private volatile boolean closed;
    private final List<DesktopNotifier> notifiers = new ArrayList<>();
    private Consumer<MainWindow> onShown = window -> { };

    /** @param screenshot a PNG to write once the first refresh is over (then the app exits), or {@code null} */
    AppSession(Stage stage, Supplier<AppContext.Config> config, String screenshot) {
        this.stage = stage;
        this.config = config;
        this.screenshot = screenshot;
    }

    /** Shows the placeholder and opens the context in the background. Call on the FX thread. */
    void open(ResourceBundle bundle) {
        Theme.install();
        Theme.styled(stage.getScene());
        long started = System.nanoTime();
        Thread startup = new Thread(() -> openInBackground(bundle, started, null), "od-startup");
        startup.setDaemon(true);
        startup.start();
        stage.getScene().setRoot(MainWindow.placeholder(bundle).root());
    }

    /**
     * Closes the current context and opens a new one from the saved settings, showing the placeholder meanwhile.
     * Call on the FX thread.
     */
    void reopen() {
        AppContext old = context;
        context = null;
        if (old == null) {
            return;
        }
        ResourceBundle bundle = old.bundle();
        stage.getScene().setRoot(MainWindow.placeholder(bundle).root());
        long started = System.nanoTime();
        Thread restart = new Thread(() -> openInBackground(bundle, started, old), "od-reopen");
        restart.setDaemon(true);
        restart.start();
    }

    /** The context in use, or {@code null} while (re)opening. */
    AppContext context() {
        return context;
    }

    /** Closes the context; the app is quitting. */
    void close() {
        closed = true;
        notifiers.forEach(DesktopNotifier::close);
        AppContext opened = context;
        context = null;
        if (opened != null) {
            opened.close();
        }
    }

    private void openInBackground(ResourceBundle bundle, long started, AppContext previous) {
        try {
            // A reopen in demo mode keeps the practice shop: a new language should not undo the practice so far.
            AppConnection practice = previous == null ? null : previous.closeKeepingPracticeShop();
            AppContext opened = AppContext.open(config.get(), practice);
            LOG.info("Order Desk {} ready in {} ms", AppInfo.version(), (System.nanoTime() - started) / 1_000_000);
            Platform.runLater(() -> show(opened));
        } catch (RuntimeException e) {
            LOG.error("Order Desk could not start", e);
            Platform.runLater(() -> {
                stage.getScene().setRoot(StartFailure.view(bundle, e.getMessage()));
                finishScreenshot();
            });
        }
    }

    private void show(AppContext opened) {
        if (closed) {
            opened.close();
            return;
        }
        context = opened;
        AppScreens screens = new AppScreens(opened, stage, this::settingsSaved);
        MainWindow window = MainWindow.create(opened, screens, screens);
        screens.attach(window);
        new HeldBackNotices(opened.actions(), opened.executor(), screens::dialogOpen, screens::showHeldBack)
                .install();
        stage.getScene().setRoot(withAlerts(opened, window.root()));
        String title = opened.bundle().getString("app.title");
        stage.setTitle(opened.mode() == AppContext.Mode.DEMO
                ? title + " — " + opened.bundle().getString("main.mode.demo") : title);
        window.viewModel().start();
        // The first refresh waits until the cached rows are on screen, so it does not slow them down.
        window.afterFirstRows(() -> {
            if (context == opened) {
                window.viewModel().sync().refreshCommand().execute();
                opened.startAutoRefresh();
            }
        });
        if (screenshot != null) {
            FirstSync.then(window.viewModel(), Duration.ofSeconds(60), this::finishScreenshot);
        }
        onShown.accept(window);
    }

    /** Hands each working window, once shown, to {@code listener} (the screenshot tour drives it). */
    void onShown(Consumer<MainWindow> listener) {
        this.onShown = listener;
    }

    /**
     * The window with the new-orders toast over its bottom-right corner, fed by each finished sync. The toast waits
     * while the user types in a dialog.
     */
    private Parent withAlerts(AppContext opened, Parent window) {
        Optional<SyncService> sync = opened.syncService();
        if (sync.isEmpty()) {
            return window;
        }
        SyncAlertFeed feed = new SyncAlertFeed(opened.executor(), report -> report.newClaims().size());
        sync.get().addListener(feed);
        DesktopNotifier notifier = new DesktopNotifier(opened.bundle().getString("app.title"));
        notifiers.add(notifier);
        AlertsViewModel alerts = new AlertsViewModel(feed, notifier, UserBusy.typingInADialog(stage),
                () -> opened.settings().get(ALERT_SOUND).map(Boolean::parseBoolean).orElse(true), opened.bundle());
        HBox toast = AlertToastView.load(alerts, opened.bundle());
        StackPane layers = new StackPane(window, toast);
        StackPane.setAlignment(toast, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(toast, new Insets(12, 16, 40, 12));
        toast.setPickOnBounds(false);
        return layers;
    }

    /**
     * After a save in the settings window: a new refresh interval applies at once; a new connection or language
     * reopens the context (and the window).
     */
    void settingsSaved(Runnable closeSettings) {
        AppContext current = context;
        if (current == null) {
            return;
        }
        current.executor().submit(() -> {
            current.applyRefreshInterval();
            return current.settingsChanged();
        }, changed -> {
            if (changed && context == current) {
                LOG.info("Settings changed the connection or language: reopening");
                closeSettings.run();
                reopen();
            }
        }, error -> LOG.warn("Cannot compare the saved settings", error));
    }

    private void finishScreenshot() {
        if (screenshot != null) {
            Screenshot.write(stage.getScene(), Path.of(screenshot));
            Platform.exit();
        }
    }
}
