package io.orderdesk.ui.main;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Label;

/** Controller of {@code MainView.fxml}: binds the view model, nothing more. */
public class MainView {

    private final MainViewModel viewModel;

    @FXML
    private Label versionLabel;

    @FXML
    private ResourceBundle resources;

    public MainView(MainViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public static Parent load(MainViewModel viewModel, ResourceBundle bundle) {
        FXMLLoader loader = new FXMLLoader(MainView.class.getResource("MainView.fxml"), bundle);
        loader.setControllerFactory(type -> new MainView(viewModel));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load MainView.fxml", e);
        }
    }

    @FXML
    private void initialize() {
        versionLabel.textProperty().bind(Bindings.createStringBinding(
                () -> MessageFormat.format(resources.getString("main.version"), viewModel.getVersion()),
                viewModel.versionProperty()));
    }
}
