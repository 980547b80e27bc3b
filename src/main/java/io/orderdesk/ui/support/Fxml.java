package io.orderdesk.ui.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a screen's FXML, found beside its controller class, with the controller the screen makes itself. */
public final class Fxml {

    private Fxml() {
    }

    /** What one load gives: the root of the screen and its controller. */
    public record Loaded<C>(Parent root, C controller) {
    }

    /**
     * Loads {@code file} (a resource next to {@code type}) with its {@code %key} texts from {@code bundle} and
     * {@code controller} as the controller.
     *
     * @throws UncheckedIOException when the file is missing or broken: a bug, not a user's problem
     */
    public static <C> Loaded<C> load(Class<?> type, String file, ResourceBundle bundle,
                                     Supplier<? extends C> controller) {
        FXMLLoader loader = new FXMLLoader(type.getResource(file), bundle);
        loader.setControllerFactory(ignored -> controller.get());
        try {
            Parent root = loader.load();
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + file, e);
        }
    }
}
