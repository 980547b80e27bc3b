package io.orderdesk.ui.about;

import io.orderdesk.ui.support.Fxml;
import io.orderdesk.ui.support.Windows;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Controller of {@code AboutView.fxml}: binds the view model and forwards button presses, nothing more. */
public class AboutView {

    private final AboutViewModel viewModel;

    @FXML private Label headingLabel;
    @FXML private TextField dataFolderField;
    @FXML private TextField logFolderField;
    @FXML private TextField runtimeField;
    @FXML private Label statusLabel;
    @FXML private Button copyButton;
    @FXML private Button closeButton;

    public AboutView(AboutViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /**
     * Opens the About box over the main window (modal to it, not blocking the caller).
     *
     * @param owner the main window, or null
     * @return the window, already showing
     */
    public static Stage open(Window owner, AboutViewModel viewModel, ResourceBundle bundle) {
        Stage stage = Windows.owned(owner, bundle.getString("about.title"));
        if (owner != null) {
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setResizable(false);
        viewModel.useClipboard(Windows::copyToClipboard);
        stage.setScene(new Scene(load(viewModel, bundle)));
        stage.show();
        return stage;
    }

    /** The About content alone, e.g. for embedding or a test. */
    public static Parent load(AboutViewModel viewModel, ResourceBundle bundle) {
        return Fxml.load(AboutView.class, "AboutView.fxml", bundle, () -> new AboutView(viewModel)).root();
    }

    @FXML
    private void initialize() {
        headingLabel.textProperty().bind(viewModel.headingProperty());
        dataFolderField.textProperty().bind(viewModel.dataFolderProperty());
        logFolderField.textProperty().bind(viewModel.logFolderProperty());
        runtimeField.textProperty().bind(viewModel.runtimeProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        copyButton.disableProperty().bind(viewModel.copyCommand().executableProperty().not());
    }

    @FXML
    private void copy() {
        viewModel.copyCommand().execute();
    }

    @FXML
    private void close() {
        closeButton.getScene().getWindow().hide();
    }
}
