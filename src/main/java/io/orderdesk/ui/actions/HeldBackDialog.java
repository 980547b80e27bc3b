package io.orderdesk.ui.actions;

import io.orderdesk.ui.orders.Formats;
import io.orderdesk.ui.support.Fxml;
import io.orderdesk.ui.support.Windows;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
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
        Parent root = Fxml.load(HeldBackDialog.class, "HeldBackDialog.fxml", bundle,
                () -> new HeldBackView(viewModel, bundle)).root();
        Stage stage = Windows.owned(owner, viewModel.heading());
        stage.setScene(new Scene(root, 760, 420));
        stage.show();
        return stage;
    }
}
