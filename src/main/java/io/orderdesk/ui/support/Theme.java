package io.orderdesk.ui.support;

import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The look every window shares: AtlantaFX Primer Light under our own tokens and rules ({@code app.css}).
 *
 * <p>The tokens ({@code -od-brand} and the rest) sit on {@code .root}, which only a scene's root carries. A screen
 * that names {@code app.css} in its FXML gets them while it is that root, but not once it is wrapped, as the main
 * window is under the new-order toast: then its rules cannot resolve the tokens and the brand colours and row
 * highlights silently vanish. So a scene whose root is not a screen of ours carries {@code app.css} itself
 * ({@link #styled}); the other windows' FXML roots are their scenes' roots.
 */
public final class Theme {

    private static final String APP_CSS = "/io/orderdesk/ui/app.css";

    private Theme() {
    }

    /** Sets Primer Light as the look of every window of the app. */
    public static void install() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    /** The app's tokens and shared rules for every node of {@code scene}, however nested. */
    public static Scene styled(Scene scene) {
        String appCss = Objects.requireNonNull(Theme.class.getResource(APP_CSS), APP_CSS).toExternalForm();
        if (!scene.getStylesheets().contains(appCss)) {
            scene.getStylesheets().add(appCss);
        }
        return scene;
    }
}
