package io.orderdesk.app;

import io.orderdesk.ui.Screenshot;
import io.orderdesk.ui.main.MainView;
import io.orderdesk.ui.main.MainViewModel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: the composition root that builds the screens and hands each its view model. */
public class OrderDeskApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(OrderDeskApp.class);

    public static void main(String[] args) {
        launch(OrderDeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        ResourceBundle bundle = ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.KOREAN);
        MainViewModel viewModel = new MainViewModel(AppInfo.version());
        Scene scene = new Scene(MainView.load(viewModel, bundle), 1200, 760);
        stage.setTitle(bundle.getString("app.title"));
        stage.setScene(scene);
        stage.show();
        LOG.info("Order Desk {} started", AppInfo.version());

        String screenshot = getParameters().getNamed().get("screenshot");
        if (screenshot != null) {
            Platform.runLater(() -> {
                Screenshot.write(scene, Path.of(screenshot));
                Platform.exit();
            });
        }
    }
}
