package io.orderdesk.ui.importing;

import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.ui.support.Columns;
import io.orderdesk.ui.support.Fxml;
import io.orderdesk.ui.support.Windows;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.IntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Controller of {@code ImportView.fxml}: binds the view model, asks for the file, forwards button presses. */
public class ImportView {

    private final ImportViewModel viewModel;
    private final ResourceBundle bundle;

    @FXML private Button chooseButton;
    @FXML private Label fileLabel;
    @FXML private ProgressBar progressBar;
    @FXML private ComboBox<String> orderCombo;
    @FXML private ComboBox<String> carrierCombo;
    @FXML private ComboBox<String> trackingCombo;
    @FXML private ComboBox<DeliveryCompany> fixedCarrierCombo;
    @FXML private Label messageLabel;
    @FXML private FlowPane countsPane;
    @FXML private TableView<PreviewItem> previewTable;
    @FXML private TableColumn<PreviewItem, Integer> rowColumn;
    @FXML private TableColumn<PreviewItem, String> orderColumn;
    @FXML private TableColumn<PreviewItem, String> carrierColumn;
    @FXML private TableColumn<PreviewItem, String> trackingColumn;
    @FXML private TableColumn<PreviewItem, PreviewItem> kindColumn;
    @FXML private TableColumn<PreviewItem, String> noteColumn;
    @FXML private Button submitButton;
    @FXML private Button closeButton;

    private final SheetChooser chooser;

    public ImportView(ImportViewModel viewModel, ResourceBundle bundle, SheetChooser chooser) {
        this.viewModel = viewModel;
        this.bundle = bundle;
        this.chooser = chooser;
    }

    /**
     * Opens the import in its own window beside the main window (not modal).
     *
     * @param owner the main window, or null
     * @return the window, already showing
     */
    public static Stage open(Window owner, ImportViewModel viewModel, ResourceBundle bundle) {
        return open(owner, viewModel, bundle, SheetChooser.desktop(bundle));
    }

    /** Like {@link #open(Window, ImportViewModel, ResourceBundle)}, with "파일 선택…" asking {@code chooser}. */
    public static Stage open(Window owner, ImportViewModel viewModel, ResourceBundle bundle, SheetChooser chooser) {
        Stage stage = Windows.owned(owner, bundle.getString("import.title"));
        stage.setScene(new Scene(load(viewModel, bundle, chooser)));
        stage.show();
        return stage;
    }

    /** The import screen alone, e.g. for embedding. */
    public static Parent load(ImportViewModel viewModel, ResourceBundle bundle, SheetChooser chooser) {
        return Fxml.load(ImportView.class, "ImportView.fxml", bundle,
                () -> new ImportView(viewModel, bundle, chooser)).root();
    }

    @FXML
    private void initialize() {
        fileLabel.textProperty().bind(viewModel.fileNameProperty().map(name -> name.isEmpty()
                ? bundle.getString("import.noFile") : name));
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressBar.visibleProperty().bind(viewModel.busyProperty());
        chooseButton.disableProperty().bind(viewModel.busyProperty());
        bindColumn(orderCombo, viewModel.orderColumnProperty());
        bindColumn(carrierCombo, viewModel.carrierColumnProperty());
        bindColumn(trackingCombo, viewModel.trackingColumnProperty());
        bindFixedCarrier();
        messageLabel.textProperty().bind(viewModel.messageProperty());
        viewModel.problemProperty().addListener((observable, was, problem) -> styleMessage(problem));
        styleMessage(viewModel.problemProperty().get());
        viewModel.counts().addListener((ListChangeListener<ClassCount>) change -> showCounts());

        previewTable.setItems(viewModel.rows());
        previewTable.setPlaceholder(new Label(bundle.getString("import.table.empty")));
        previewTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Columns.show(rowColumn, PreviewItem::rowNumber);
        Columns.show(orderColumn, PreviewItem::productOrderId);
        Columns.show(carrierColumn, PreviewItem::carrier);
        Columns.show(trackingColumn, PreviewItem::trackingNumber);
        Columns.show(kindColumn, item -> item);
        kindColumn.setCellFactory(column -> new ImportCells.Kind());
        Columns.show(noteColumn, PreviewItem::note);

        submitButton.textProperty().bind(viewModel.submitTextProperty());
        submitButton.disableProperty().bind(viewModel.submitCommand().executableProperty().not());
    }

    private void bindColumn(ComboBox<String> combo, IntegerProperty choice) {
        combo.setItems(viewModel.columnChoices());
        combo.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.columnChoices()));
        choice.addListener((observable, was, index) -> combo.getSelectionModel().select(index.intValue()));
        viewModel.columnChoices().addListener((ListChangeListener<String>) change ->
                combo.getSelectionModel().select(choice.get()));
        combo.getSelectionModel().selectedIndexProperty().addListener((observable, was, index) -> {
            if (index.intValue() >= 0) {
                choice.set(index.intValue());
            }
        });
    }

    private void bindFixedCarrier() {
        List<DeliveryCompany> carriers = new ArrayList<>();
        carriers.add(null);
        carriers.addAll(DeliveryCompany.search(""));
        fixedCarrierCombo.setItems(FXCollections.observableList(carriers));
        fixedCarrierCombo.setConverter(new StringConverter<>() {
            @Override
            public String toString(DeliveryCompany company) {
                return company == null ? bundle.getString("import.fixedCarrier.none") : company.label();
            }

            @Override
            public DeliveryCompany fromString(String text) {
                return null;
            }
        });
        fixedCarrierCombo.valueProperty().bindBidirectional(viewModel.fixedCarrierProperty());
    }

    private void showCounts() {
        countsPane.getChildren().setAll(viewModel.counts().stream()
                .map(count -> ImportCells.chip(count.text(), count.styleClass())).toList());
    }

    private void styleMessage(boolean problem) {
        messageLabel.getStyleClass().remove("import-problem");
        if (problem) {
            messageLabel.getStyleClass().add("import-problem");
        }
    }

    @FXML
    private void choose() {
        chooser.choose(chooseButton.getScene().getWindow()).ifPresent(viewModel::load);
    }

    @FXML
    private void submit() {
        viewModel.submitCommand().execute();
    }

    @FXML
    private void close() {
        closeButton.getScene().getWindow().hide();
    }
}
