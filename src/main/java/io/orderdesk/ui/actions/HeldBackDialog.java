package io.orderdesk.ui.actions;

import io.orderdesk.ui.orders.Formats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Tells staff that dispatch lines were held back just before sending (a claim or a new address arrived), listing
 * them with the reason. The main window shows it when that happens after the dispatch dialog was closed; it does not
 * block the main window.
 */
public final class HeldBackDialog {

    private final ResourceBundle bundle;

    public HeldBackDialog(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Shows the {@code SKIPPED} lines among {@code lines}; must be called on the FX thread. */
    public Stage show(Window owner, List<LineResult> lines) {
        return show(owner, lines, Map.of());
    }

    /** As {@link #show(Window, List)}, naming each line's product where {@code productNames} knows it. */
    public Stage show(Window owner, List<LineResult> lines, Map<String, String> productNames) {
        HeldBackViewModel viewModel = new HeldBackViewModel(lines, productNames, new Formats(bundle));
        FXMLLoader loader = new FXMLLoader(HeldBackDialog.class.getResource("HeldBackDialog.fxml"), bundle);
        loader.setControllerFactory(type -> new HeldBackView(viewModel, bundle));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load HeldBackDialog.fxml", e);
        }
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(viewModel.heading());
        stage.getIcons().setAll(ActionDialogs.icons(owner));
        stage.setScene(new Scene(root, 760, 420));
        stage.show();
        return stage;
    }
}
