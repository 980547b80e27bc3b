package io.orderdesk.app;

import atlantafx.base.theme.PrimerLight;
import io.orderdesk.ui.Screenshot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. It shows the main window's layout at once (still empty, "loading"), opens the
 * {@link AppContext} (database, demo sandbox) on a background thread, then swaps in the working window and starts the
 * first refresh. {@code --screenshot=FILE} writes a
 * PNG of the window once the first sync is over, then exits.
 */
public class OrderDeskApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(OrderDeskApp.class);
    static final String BUNDLE = "io.orderdesk.ui.messages";

    private volatile AppContext context;

    public static void main(String[] args) {
        launch(OrderDeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        long started = System.nanoTime();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.KOREAN);
        String screenshot = getParameters().getNamed().get("screenshot");
        // Opening starts first: the placeholder is built meanwhile, and what opening hands back runs after it.
        Thread startup = new Thread(() -> {
            try {
                AppContext opened = AppContext.open(AppContext.Config.fromSystem());
                LOG.info("Order Desk {} ready in {} ms", AppInfo.version(), (System.nanoTime() - started) / 1_000_000);
                Platform.runLater(() -> show(stage, opened, screenshot));
            } catch (RuntimeException e) {
                LOG.error("Order Desk could not start", e);
                Platform.runLater(() -> {
                    stage.getScene().setRoot(StartFailure.view(bundle, e.getMessage()));
                    if (screenshot != null) {
                        Screenshot.write(stage.getScene(), Path.of(screenshot));
                        Platform.exit();
                    }
                });
            }
        }, "od-startup");
        startup.setDaemon(true);
        startup.start();
        stage.setScene(new Scene(MainWindow.placeholder(bundle).root(), 1320, 820));
        stage.setTitle(bundle.getString("app.title"));
        AppIcon.apply(stage);
        stage.show();
    }

    private void show(Stage stage, AppContext opened, String screenshot) {
        context = opened;
        MainWindow window = MainWindow.create(opened, new AppScreens(opened, stage));
        stage.getScene().setRoot(window.root());
        String title = opened.bundle().getString("app.title");
        stage.setTitle(opened.mode() == AppContext.Mode.DEMO
                ? title + " — " + opened.bundle().getString("main.mode.demo") : title);
        window.viewModel().start();
        window.viewModel().sync().refreshCommand().execute();
        opened.startAutoRefresh();
        if (screenshot != null) {
            FirstSync.then(window.viewModel(), Duration.ofSeconds(60), () -> {
                Screenshot.write(stage.getScene(), Path.of(screenshot));
                Platform.exit();
            });
        }
    }

    @Override
    public void stop() {
        AppContext opened = context;
        if (opened != null) {
            opened.close();
        }
    }
}
