package io.orderdesk.app;

import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** What the window says when the store cannot be opened or the demo shop cannot start. */
final class StartFailure {

    private StartFailure() {
    }

    static Parent view(ResourceBundle bundle, String reason) {
        Label title = new Label(bundle.getString("app.title"));
        title.getStyleClass().add("title");
        Label message = new Label(bundle.getString("main.startFailed") + "\n" + reason);
        message.setWrapText(true);
        message.getStyleClass().add("failure");
        VBox root = new VBox(14, title, message);
        root.setId("startFailure");
        root.setAlignment(Pos.CENTER);
        root.getStylesheets().add(StartFailure.class.getResource("/io/orderdesk/ui/app.css").toExternalForm());
        return root;
    }
}
