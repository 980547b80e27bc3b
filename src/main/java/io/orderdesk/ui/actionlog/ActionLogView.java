package io.orderdesk.ui.actionlog;

import io.orderdesk.ui.support.Columns;
import io.orderdesk.ui.support.Fxml;
import io.orderdesk.ui.support.Windows;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Controller of {@code ActionLogView.fxml}: binds the view model and forwards button presses, nothing more. */
public class ActionLogView {

    private final ActionLogViewModel viewModel;
    private final ResourceBundle bundle;
    private boolean syncing;

    @FXML private TableView<ActionItem> actionTable;
    @FXML private TableColumn<ActionItem, String> timeColumn;
    @FXML private TableColumn<ActionItem, String> operatorColumn;
    @FXML private TableColumn<ActionItem, String> actionColumn;
    @FXML private TableColumn<ActionItem, Integer> linesColumn;
    @FXML private TableColumn<ActionItem, ActionItem> statesColumn;
    @FXML private TableView<LineItem> lineTable;
    @FXML private TableColumn<LineItem, String> productOrderColumn;
    @FXML private TableColumn<LineItem, LineItem> stateColumn;
    @FXML private TableColumn<LineItem, Integer> attemptsColumn;
    @FXML private TableColumn<LineItem, String> inputColumn;
    @FXML private TableColumn<LineItem, String> codeColumn;
    @FXML private TableColumn<LineItem, LineItem> traceColumn;
    @FXML private TableColumn<LineItem, String> noteColumn;
    @FXML private TableColumn<LineItem, String> updatedColumn;
    @FXML private TableColumn<LineItem, String> messageColumn;
    @FXML private Label summaryLabel;
    @FXML private CheckBox problemsOnlyCheck;
    @FXML private Button refreshButton;
    @FXML private Button exportButton;
    @FXML private Label headingLabel;
    @FXML private Button settleButton;
    @FXML private Button resendButton;
    @FXML private Label statusLabel;
    @FXML private Button closeButton;

    public ActionLogView(ActionLogViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
    }

    /**
     * Opens the action log in its own window beside the main window (not modal), with real dialogs, and starts
     * following the outbox until the window closes.
     *
     * @param owner the main window, or null
     * @return the window, already showing
     */
    public static Stage open(Window owner, ActionLogViewModel viewModel, ResourceBundle bundle) {
        Stage stage = Windows.owned(owner, bundle.getString("actionlog.title"));
        viewModel.useDialogs(new FxActionLogDialogs(stage, bundle));
        stage.setScene(new Scene(load(viewModel, bundle)));
        stage.setOnHidden(event -> viewModel.stop());
        stage.show();
        viewModel.start();
        return stage;
    }

    /** The action log alone, e.g. for embedding; the caller starts and stops the view model and sets dialogs. */
    public static Parent load(ActionLogViewModel viewModel, ResourceBundle bundle) {
        return Fxml.load(ActionLogView.class, "ActionLogView.fxml", bundle,
                () -> new ActionLogView(viewModel, bundle)).root();
    }

    @FXML
    private void initialize() {
        SortedList<ActionItem> sorted = new SortedList<>(viewModel.actions());
        sorted.comparatorProperty().bind(actionTable.comparatorProperty());
        actionTable.setItems(sorted);
        actionTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Columns.show(timeColumn, ActionItem::time);
        Columns.show(operatorColumn, ActionItem::operator);
        Columns.show(actionColumn, ActionItem::action);
        Columns.show(linesColumn, ActionItem::lines);
        Columns.show(statesColumn, item -> item);
        statesColumn.setCellFactory(column -> new ActionLogCells.Counts());

        lineTable.setItems(viewModel.lines().lines());
        lineTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        lineTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Columns.show(productOrderColumn, LineItem::productOrderId);
        Columns.show(stateColumn, line -> line);
        stateColumn.setCellFactory(column -> new ActionLogCells.State());
        Columns.show(attemptsColumn, LineItem::attempts);
        Columns.show(inputColumn, LineItem::input);
        Columns.show(codeColumn, LineItem::code);
        Columns.show(traceColumn, line -> line);
        traceColumn.setCellFactory(column -> new ActionLogCells.Trace(bundle.getString("actionlog.copy"),
                viewModel.lines()::copyTraceId));
        Columns.show(noteColumn, LineItem::note);
        noteColumn.setCellFactory(column -> new ActionLogCells.LongText<>());
        Columns.show(updatedColumn, LineItem::updated);
        Columns.show(messageColumn, LineItem::message);
        messageColumn.setCellFactory(column -> new ActionLogCells.LongText<>());

        bindSelection();
        problemsOnlyCheck.selectedProperty().bindBidirectional(viewModel.problemsOnlyProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        headingLabel.textProperty().bind(viewModel.lines().headingProperty());
        refreshButton.disableProperty().bind(viewModel.refreshCommand().executableProperty().not());
        exportButton.disableProperty().bind(viewModel.exportCommand().executableProperty().not());
        settleButton.disableProperty().bind(viewModel.lines().settleCommand().executableProperty().not());
        resendButton.disableProperty().bind(viewModel.lines().resendCommand().executableProperty().not());
    }

    /**
     * Keeps the tables' selections and the view model's in step both ways: the view model keeps the selected action
     * and lines across reloads (by id), which replace the tables' items and so clear their selections.
     */
    private void bindSelection() {
        actionTable.getSelectionModel().selectedItemProperty().addListener((observable, was, item) -> {
            if (!syncing) {
                viewModel.selectedProperty().set(item);
            }
        });
        viewModel.selectedProperty().addListener((observable, was, item) -> quietly(() -> {
            if (item == null) {
                actionTable.getSelectionModel().clearSelection();
            } else {
                actionTable.getSelectionModel().select(item);
            }
        }));
        lineTable.getSelectionModel().getSelectedItems().addListener((ListChangeListener<LineItem>) change -> {
            if (!syncing) {
                quietly(() -> viewModel.lines().selectedLines()
                        .setAll(lineTable.getSelectionModel().getSelectedItems()));
            }
        });
        viewModel.lines().selectedLines().addListener((ListChangeListener<LineItem>) change -> quietly(() -> {
            lineTable.getSelectionModel().clearSelection();
            viewModel.lines().selectedLines().forEach(line -> lineTable.getSelectionModel().select(line));
        }));
    }

    private void quietly(Runnable change) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            change.run();
        } finally {
            syncing = false;
        }
    }

    @FXML
    private void refresh() {
        viewModel.refreshCommand().execute();
    }

    @FXML
    private void export() {
        viewModel.exportCommand().execute();
    }

    @FXML
    private void settle() {
        viewModel.lines().settleCommand().execute();
    }

    @FXML
    private void resend() {
        viewModel.lines().resendCommand().execute();
    }

    @FXML
    private void close() {
        closeButton.getScene().getWindow().hide();
    }
}
