package io.orderdesk.app;

import io.orderdesk.domain.OrderAction;
import io.orderdesk.domain.OrderTab;
import io.orderdesk.sandbox.server.SandboxOptions;
import io.orderdesk.store.DataFolder;
import io.orderdesk.store.Store;
import io.orderdesk.ui.Screenshot;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ButtonBase;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * {@code order-desk screenshots [--out DIR] [--locale ko|en]}: starts the app on a fresh demo shop in a temporary data
 * folder and writes PNGs of the main window under every status tab, the detail pane, settings and the sync log into
 * {@code DIR} (default {@code target/screenshots}), plus {@code main-window.png} for the README. Needs a display;
 * headless, run it under {@code xvfb-run -a -s "-screen 0 1400x900x24"}.
 */
final class ScreenshotTour {

    private static final javafx.util.Duration SETTLE = javafx.util.Duration.millis(500);

    private final Path out;
    private final String locale;
    private final Queue<Runnable> steps = new ArrayDeque<>();
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private AppSession session;
    private MainWindow window;
    private Stage stage;

    private ScreenshotTour(Path out, String locale) {
        this.out = out;
        this.locale = locale;
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path folder;
        String locale;
        try {
            CommandArgs parsed = CommandArgs.parse(args, Set.of("out", "locale"), Set.of());
            folder = Path.of(parsed.value("out").orElse("target/screenshots"));
            locale = parsed.value("locale").orElse("ko");
            Files.createDirectories(folder);
        } catch (IllegalArgumentException | IOException e) {
            err.println(e.getMessage());
            err.println("Usage: order-desk screenshots [--out DIR] [--locale ko|en]");
            return 2;
        }
        ScreenshotTour tour = new ScreenshotTour(folder, locale);
        AppContext.Config config;
        try {
            config = tour.config();
        } catch (IOException | RuntimeException e) {
            err.println("Screenshots failed: " + e);
            return 1;
        }
        Platform.startup(() -> tour.start(config));
        try {
            tour.finished.get();
            out.println("Screenshots written to " + folder.toAbsolutePath());
            return 0;
        } catch (Exception e) {
            err.println("Screenshots failed: " + e);
            return 1;
        } finally {
            if (tour.session != null) {
                tour.session.close();
            }
            Platform.exit();
        }
    }

    /** The tour's own data folder: a fresh demo shop, the chosen language, nothing from the environment's shop. */
    private AppContext.Config config() throws IOException {
        Path home = Files.createTempDirectory("order-desk-tour");
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put(DataFolder.HOME_VARIABLE, home.toString());
        env.remove("ORDERDESK_BASE_URL");
        env.remove("ORDERDESK_DB_URL");
        try (Store settings = Store.openLocal(home)) {
            settings.settings().put(AppContext.LOCALE, locale);
        }
        return new AppContext.Config(env, home, SandboxOptions.defaults().withRate(50), UnaryOperator.identity(),
                false);
    }

    /** The app as staff start it (AppSession: placeholder, then the window under its toast layer), driven from here. */
    private void start(AppContext.Config config) {
        stage = new Stage();
        stage.setScene(new Scene(new StackPane(), 1400, 860));
        session = new AppSession(stage, () -> config, null);
        session.onShown(shown -> {
            window = shown;
            FirstSync.then(window.viewModel(), Duration.ofSeconds(60), this::plan);
        });
        session.open(ResourceBundle.getBundle(OrderDeskApp.BUNDLE, "en".equals(locale) ? Locale.ENGLISH
                : Locale.KOREAN));
        AppIcon.apply(stage);
        stage.show();
    }

    private void plan() {
        // The new-order toast would cover the detail pane in every picture; it is looked at in the live app.
        steps.add(() -> stage.getScene().getRoot().lookupAll(".alerts-toast .button")
                .forEach(node -> ((ButtonBase) node).fire()));
        int number = 0;
        for (OrderTab tab : OrderTab.values()) {
            String name = String.format("main-%02d-%s.png", ++number, tab.name().toLowerCase(Locale.ROOT));
            steps.add(() -> window.viewModel().orders().tabProperty().set(tab));
            steps.add(this::selectFirstRow);
            steps.add(() -> shoot(stage.getScene(), name));
        }
        steps.add(() -> copy("main-01-new.png", "main-window.png"));
        steps.add(() -> window.viewModel().orders().tabProperty().set(
                window.viewModel().tab(OrderTab.RETURN_REQUESTED).getCount() > 0
                        ? OrderTab.RETURN_REQUESTED : OrderTab.ALL));
        steps.add(this::selectFirstRow);
        steps.add(() -> shoot(stage.getScene(), "detail-window.png"));
        steps.add(() -> shoot(window.view().detailView().content(), "detail-pane.png"));
        steps.add(() -> window.viewModel().openSettingsCommand().execute());
        steps.add(() -> shootNewest("settings.png"));
        steps.add(() -> window.viewModel().openSyncLogCommand().execute());
        steps.add(() -> shootNewest("sync-log.png"));
        action(OrderTab.NEW, 3, OrderAction.CONFIRM, "action-confirm.png");
        action(OrderTab.CONFIRMED, 4, OrderAction.DISPATCH, "action-dispatch.png");
        action(OrderTab.CONFIRMED, 1, OrderAction.DELAY, "action-delay.png");
        action(OrderTab.CANCEL_REQUESTED, 1, OrderAction.CANCEL_APPROVE, "action-cancel-approve.png");
        action(OrderTab.RETURN_REQUESTED, 1, OrderAction.RETURN_HOLDBACK, "action-return-holdback.png");
        action(OrderTab.EXCHANGE_REQUESTED, 1, OrderAction.EXCHANGE_REJECT, "action-exchange-reject.png");
        steps.add(() -> window.viewModel().orders().tabProperty().set(OrderTab.NEW));
        steps.add(() -> window.view().ordersView().table().getSelectionModel().selectRange(0, 3));
        steps.add(() -> window.actions().printCommand().execute());
        for (int wait = 0; wait < 6; wait++) {
            steps.add(() -> { }); // the sheets are read and rendered in the background
        }
        steps.add(() -> shootNewest("print-preview.png"));
        steps.add(() -> window.actions().importCommand().execute());
        steps.add(() -> shootNewest("import.png"));
        steps.add(() -> window.actions().actionLogCommand().execute());
        steps.add(() -> shootNewest("action-log.png"));
        steps.add(() -> window.actions().reviewsCommand().execute());
        steps.add(() -> shootNewest("reviews.png"));
        steps.add(() -> finished.complete(null));
        next();
    }

    /** Selects the first rows of a tab and shoots the action's dialog over them (skipped when none allows it). */
    private void action(OrderTab tab, int rows, OrderAction action, String name) {
        steps.add(() -> window.viewModel().orders().tabProperty().set(tab));
        steps.add(() -> {
            var table = window.view().ordersView().table();
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectRange(0, Math.min(rows, table.getItems().size()));
        });
        steps.add(() -> window.actions().command(action).execute());
        steps.add(() -> {
            if (Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing())) {
                shootNewest(name);
            }
        });
    }

    private void next() {
        Runnable step = steps.poll();
        if (step == null) {
            return;
        }
        try {
            step.run();
        } catch (RuntimeException e) {
            finished.completeExceptionally(e);
            return;
        }
        PauseTransition pause = new PauseTransition(SETTLE);
        pause.setOnFinished(event -> waitForRows());
        pause.play();
    }

    private void waitForRows() {
        if (window.viewModel().orders().loadingProperty().get() || window.viewModel().detail().loadingProperty().get()) {
            PauseTransition again = new PauseTransition(javafx.util.Duration.millis(100));
            again.setOnFinished(event -> waitForRows());
            again.play();
        } else {
            next();
        }
    }

    private void selectFirstRow() {
        var table = window.view().ordersView().table();
        if (!table.getItems().isEmpty()) {
            table.getSelectionModel().clearAndSelect(0);
        }
    }

    private void shoot(Scene scene, String name) {
        Screenshot.write(scene, out.resolve(name));
    }

    private void shoot(javafx.scene.Node node, String name) {
        try {
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(Color.web("#f6f8fa"));
            ImageIO.write(SwingFXUtils.fromFXImage(node.snapshot(parameters, null), null), "png",
                    out.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The window most recently opened over the main one (settings, sync log); closed once captured. */
    private void shootNewest(String name) {
        List<Window> windows = Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).toList();
        if (windows.isEmpty()) {
            throw new IllegalStateException("No window opened for " + name);
        }
        Window newest = windows.get(windows.size() - 1);
        shoot(newest.getScene(), name);
        newest.hide();
    }

    private void copy(String from, String to) {
        try {
            Files.copy(out.resolve(from), out.resolve(to), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
