package io.orderdesk.app;

import java.net.URL;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The window icon in the sizes rendered from {@code assets/icon.svg}; a build without them simply has none. */
final class AppIcon {

    private static final int[] SIZES = {16, 32, 64, 256};

    private AppIcon() {
    }

    static void apply(Stage stage) {
        for (int size : SIZES) {
            URL url = AppIcon.class.getResource("/io/orderdesk/ui/icon-" + size + ".png");
            if (url != null) {
                stage.getIcons().add(new Image(url.toExternalForm()));
            }
        }
    }
}
