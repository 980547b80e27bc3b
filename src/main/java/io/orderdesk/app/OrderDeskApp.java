package io.orderdesk.app;

import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The JavaFX application: one {@link AppSession} in the primary stage. {@code --screenshot=FILE} writes a PNG of the
 * window once the first sync is over, then exits.
 */
public class OrderDeskApp extends Application {

    static final String BUNDLE = "io.orderdesk.ui.messages";

    private AppSession session;

    public static void main(String[] args) {
        launch(OrderDeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.KOREAN);
        session = new AppSession(stage, AppContext.Config::fromSystem, getParameters().getNamed().get("screenshot"));
        stage.setScene(new Scene(new StackPane(), 1320, 820));
        session.open(bundle);
        stage.setTitle(bundle.getString("app.title"));
        AppIcon.apply(stage);
        stage.show();
    }

    @Override
    public void stop() {
        if (session != null) {
            session.close();
        }
    }
}
