package io.orderdesk.ui.settings;

import io.orderdesk.ui.support.Fxml;
import io.orderdesk.ui.support.Windows;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Controller of {@code SettingsView.fxml}: binds the view model and forwards button presses, nothing more. */
public class SettingsView {

    private static final List<String> CHECK_STYLES = List.of("check-running", "check-ok", "check-warning",
            "check-failed");

    private final SettingsViewModel viewModel;

    @FXML private ResourceBundle resources;
    @FXML private VBox form;
    @FXML private ComboBox<String> environmentChoice;
    @FXML private Label demoHint;
    @FXML private HBox baseUrlRow;
    @FXML private TextField baseUrlField;
    @FXML private Label baseUrlError;
    @FXML private TextField clientIdField;
    @FXML private Label clientIdError;
    @FXML private PasswordField secretField;
    @FXML private Label secretHint;
    @FXML private Label secretError;
    @FXML private TextField merchantIdField;
    @FXML private Label merchantIdError;
    @FXML private Button apiCheckButton;
    @FXML private ProgressIndicator apiCheckProgress;
    @FXML private VBox apiCheckBox;
    @FXML private Label apiCheckSummary;
    @FXML private Label apiCheckDetails;
    @FXML private HBox apiCheckTraceRow;
    @FXML private TextField apiCheckTraceId;
    @FXML private TextField refreshField;
    @FXML private Label refreshError;
    @FXML private TextField backfillField;
    @FXML private Label backfillError;
    @FXML private TextField operatorField;
    @FXML private Label operatorError;
    @FXML private ComboBox<String> localeChoice;
    @FXML private Label statusLabel;
    @FXML private Button saveButton;
    @FXML private Button closeButton;

    public SettingsView(SettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /**
     * Opens the settings as a window that blocks its owner (not the caller: it returns at once) and reads the saved
     * settings in the background.
     *
     * @param owner the main window, or null
     * @return the window, already showing
     */
    public static Stage open(Window owner, SettingsViewModel viewModel, ResourceBundle bundle) {
        Stage stage = Windows.modal(owner, bundle.getString("settings.title"));
        stage.setScene(new Scene(load(viewModel, bundle)));
        stage.show();
        viewModel.loadCommand().execute();
        return stage;
    }

    /** The settings form alone, e.g. for embedding. */
    public static Parent load(SettingsViewModel viewModel, ResourceBundle bundle) {
        return Fxml.load(SettingsView.class, "SettingsView.fxml", bundle, () -> new SettingsView(viewModel)).root();
    }

    @FXML
    private void initialize() {
        SettingsInputs inputs = viewModel.inputs();
        form.disableProperty().bind(viewModel.loadedProperty().not());

        environmentChoice.setItems(viewModel.environments());
        environmentChoice.setConverter(labels(code -> resources.getString("settings.env." + code)));
        environmentChoice.valueProperty().bindBidirectional(inputs.environmentProperty());
        localeChoice.setItems(viewModel.locales());
        localeChoice.setConverter(labels(code -> resources.getString("settings.locale." + code)));
        localeChoice.valueProperty().bindBidirectional(inputs.localeProperty());

        showWhen(demoHint, viewModel.demoProperty());
        showWhen(baseUrlRow, viewModel.customProperty());
        for (Node connectionField : List.of(clientIdField, secretField, merchantIdField)) {
            connectionField.disableProperty().bind(viewModel.demoProperty());
        }

        baseUrlField.textProperty().bindBidirectional(inputs.baseUrlProperty());
        clientIdField.textProperty().bindBidirectional(inputs.clientIdProperty());
        secretField.textProperty().bindBidirectional(inputs.newSecretProperty());
        secretField.promptTextProperty().bind(viewModel.secretPromptProperty());
        showWhen(secretHint, viewModel.secretSavedProperty());
        merchantIdField.textProperty().bindBidirectional(inputs.merchantIdProperty());
        refreshField.textProperty().bindBidirectional(inputs.refreshMinutesProperty());
        backfillField.textProperty().bindBidirectional(inputs.backfillDaysProperty());
        operatorField.textProperty().bindBidirectional(inputs.operatorNameProperty());

        error(baseUrlError, SettingsField.BASE_URL);
        error(clientIdError, SettingsField.CLIENT_ID);
        error(secretError, SettingsField.SECRET);
        error(merchantIdError, SettingsField.MERCHANT_ID);
        error(refreshError, SettingsField.REFRESH_MINUTES);
        error(backfillError, SettingsField.BACKFILL_DAYS);
        error(operatorError, SettingsField.OPERATOR_NAME);

        bindApiCheck();
        apiCheckButton.disableProperty().bind(viewModel.checkCommand().executableProperty().not());
        saveButton.disableProperty().bind(viewModel.saveCommand().executableProperty().not());
        statusLabel.textProperty().bind(viewModel.statusMessageProperty());
        viewModel.statusIsErrorProperty().addListener((observable, was, isError) -> toggle(statusLabel, "error",
                isError));
    }

    private void bindApiCheck() {
        ApiCheckViewModel check = viewModel.apiCheck();
        showWhen(apiCheckProgress, viewModel.checkCommand().runningProperty());
        showWhen(apiCheckBox, check.statusProperty().isNotEqualTo(ApiCheckStatus.NONE));
        apiCheckSummary.textProperty().bind(check.summaryProperty());
        apiCheckDetails.textProperty().bind(check.detailsProperty());
        showWhen(apiCheckDetails, check.detailsProperty().isNotEmpty());
        apiCheckTraceId.textProperty().bind(check.traceIdProperty());
        showWhen(apiCheckTraceRow, check.traceIdProperty().isNotEmpty());
        check.statusProperty().addListener((observable, was, status) -> {
            apiCheckBox.getStyleClass().removeAll(CHECK_STYLES);
            if (status != ApiCheckStatus.NONE) {
                apiCheckBox.getStyleClass().add("check-" + status.name().toLowerCase(Locale.ROOT));
            }
        });
    }

    private void error(Label label, SettingsField field) {
        ReadOnlyStringProperty message = viewModel.errorProperty(field);
        label.textProperty().bind(message);
        showWhen(label, message.isNotEmpty());
    }

    @FXML
    private void check() {
        viewModel.checkCommand().execute();
    }

    @FXML
    private void save() {
        viewModel.saveCommand().execute();
    }

    @FXML
    private void close() {
        closeButton.getScene().getWindow().hide();
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(condition::get, condition));
        node.managedProperty().bind(node.visibleProperty());
    }

    private static void toggle(Node node, String styleClass, boolean on) {
        node.getStyleClass().remove(styleClass);
        if (on) {
            node.getStyleClass().add(styleClass);
        }
    }

    private static StringConverter<String> labels(Function<String, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : label.apply(code);
            }

            @Override
            public String fromString(String text) {
                throw new UnsupportedOperationException("The choice is not editable");
            }
        };
    }
}
