package io.orderdesk.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes a PNG of a scene; used by {@code --screenshot=FILE} and by GUI tests so every screen can be looked at. */
public final class Screenshot {

    private Screenshot() {
    }

    /** Must be called on the FX thread. */
    public static void write(Scene scene, Path file) {
        WritableImage image = scene.snapshot(null);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write screenshot " + file, e);
        }
    }
}
