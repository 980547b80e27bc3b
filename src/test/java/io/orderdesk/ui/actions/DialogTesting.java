package io.orderdesk.ui.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.ui.Screenshot;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** Finding nodes in an open dialog, waiting for background answers, and saving screenshots for people to look at. */
final class DialogTesting {

    private DialogTesting() {
    }

    /** {@code <build dir>/screenshots}, next to {@code test-classes}, whatever the build directory is called. */
    static Path screenshots() {
        try {
            Path classes = Path.of(DialogTesting.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return classes.getParent().resolve("screenshots");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static <T extends Node> T node(Stage window, String id) {
        Node found = window.getScene().getRoot().lookup(id);
        assertThat(found).as(id).isNotNull();
        return (T) found;
    }

    /** The tracking cell's field of grid row {@code index}, as the table shows it now. */
    static TextField trackingField(Stage window, int index) {
        for (Node node : window.getScene().getRoot().lookupAll(".tracking-field")) {
            Object cell = node.getProperties().get(DispatchCells.TrackingCell.class);
            if (cell instanceof DispatchCells.TrackingCell tracking && tracking.getIndex() == index) {
                return (TextField) node;
            }
        }
        throw new AssertionError("no tracking field for row " + index);
    }

    static int focusedTrackingRow(Stage window) {
        Node focused = window.getScene().getFocusOwner();
        Object cell = focused == null ? null : focused.getProperties().get(DispatchCells.TrackingCell.class);
        return cell instanceof DispatchCells.TrackingCell tracking ? tracking.getIndex() : -1;
    }

    static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void screenshot(Stage window, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path png = screenshots().resolve(name);
        WaitForAsyncUtils.asyncFx(() -> Screenshot.write(window.getScene(), png)).get();
        assertThat(Files.size(png)).isGreaterThan(1000);
    }
}
