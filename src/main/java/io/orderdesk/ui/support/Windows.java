package io.orderdesk.ui.support;

import java.net.URL;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** How the app's windows are made: owned by the main window, wearing its icon, and a few desktop habits. */
public final class Windows {

    private static final int[] ICON_SIZES = {16, 32, 64, 256};

    private Windows() {
    }

    /** A new window over {@code owner} ({@code null}: on its own) with the app icon and {@code title}. */
    public static Stage owned(Window owner, String title) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(title);
        stage.getIcons().setAll(icons(owner));
        return stage;
    }

    /** Like {@link #owned}, and the owner (or, without one, the whole app) waits until it is closed. */
    public static Stage modal(Window owner, String title) {
        Stage stage = owned(owner, title);
        stage.initModality(owner != null ? Modality.WINDOW_MODAL : Modality.APPLICATION_MODAL);
        return stage;
    }

    /** The owner's icons when it has some (the main window sets the app icon), else the app icon itself. */
    public static List<Image> icons(Window owner) {
        if (owner instanceof Stage stage && !stage.getIcons().isEmpty()) {
            return List.copyOf(stage.getIcons());
        }
        return appIcon();
    }

    /** The app icon in the sizes rendered from {@code assets/icon.svg}; a build without them simply has none. */
    public static List<Image> appIcon() {
        return IntStream.of(ICON_SIZES)
                .mapToObj(size -> Windows.class.getResource("/io/orderdesk/ui/icon-" + size + ".png"))
                .filter(Objects::nonNull)
                .map(URL::toExternalForm)
                .map(Image::new)
                .toList();
    }

    /** Puts {@code text} on the system clipboard. */
    public static void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
