package io.orderdesk.ui.synclog;

import io.orderdesk.ui.support.Columns;
import io.orderdesk.ui.support.Fxml;
import io.orderdesk.ui.support.Windows;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Controller of {@code SyncLogView.fxml}: binds the view model and forwards button presses, nothing more. */
public class SyncLogView {

    private final SyncLogViewModel viewModel;

    @FXML private TableView<SyncLogRow> ledgerTable;
    @FXML private TableColumn<SyncLogRow, String> startedColumn;
    @FXML private TableColumn<SyncLogRow, String> kindColumn;
    @FXML private TableColumn<SyncLogRow, String> windowColumn;
    @FXML private TableColumn<SyncLogRow, Integer> pagesColumn;
    @FXML private TableColumn<SyncLogRow, Integer> rowsColumn;
    @FXML private TableColumn<SyncLogRow, SyncLogRow> outcomeColumn;
    @FXML private TableColumn<SyncLogRow, String> durationColumn;
    @FXML private TableColumn<SyncLogRow, String> messageColumn;
    @FXML private Label summaryLabel;
    @FXML private Button refreshButton;
    @FXML private Label selectedMessageLabel;
    @FXML private TextArea traceIdsArea;
    @FXML private Button copyTraceIdsButton;
    @FXML private Label statusLabel;
    @FXML private Button closeButton;

    public SyncLogView(SyncLogViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /**
     * Opens the sync log in its own window, beside the main window (not modal), and reads the ledger in the
     * background.
     *
     * @param owner the main window, or null
     * @return the window, already showing
     */
    public static Stage open(Window owner, SyncLogViewModel viewModel, ResourceBundle bundle) {
        Stage stage = Windows.owned(owner, bundle.getString("synclog.title"));
        viewModel.useClipboard(Windows::copyToClipboard);
        stage.setScene(new Scene(load(viewModel, bundle)));
        stage.show();
        viewModel.refreshCommand().execute();
        return stage;
    }

    /** The sync log alone, e.g. for embedding. */
    public static Parent load(SyncLogViewModel viewModel, ResourceBundle bundle) {
        return Fxml.load(SyncLogView.class, "SyncLogView.fxml", bundle, () -> new SyncLogView(viewModel)).root();
    }

    @FXML
    private void initialize() {
        ledgerTable.setItems(viewModel.rows());
        ledgerTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Columns.show(startedColumn, SyncLogRow::started);
        Columns.show(kindColumn, SyncLogRow::kind);
        Columns.show(windowColumn, SyncLogRow::window);
        Columns.show(pagesColumn, SyncLogRow::pages);
        Columns.show(rowsColumn, SyncLogRow::rows);
        Columns.show(durationColumn, SyncLogRow::duration);
        Columns.show(messageColumn, SyncLogRow::message);
        messageColumn.setCellFactory(column -> new MessageCell());
        outcomeColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        outcomeColumn.setCellFactory(column -> new OutcomeCell());
        outcomeColumn.setComparator((a, b) -> a.outcome().compareTo(b.outcome()));

        ledgerTable.getSelectionModel().selectedItemProperty().addListener(
                (observable, was, row) -> viewModel.selectedProperty().set(row));
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        refreshButton.disableProperty().bind(viewModel.refreshCommand().executableProperty().not());
        selectedMessageLabel.textProperty().bind(viewModel.selectedMessageProperty());
        traceIdsArea.textProperty().bind(viewModel.selectedTraceIdsProperty());
        copyTraceIdsButton.disableProperty().bind(viewModel.copyTraceIdsCommand().executableProperty().not());
        statusLabel.textProperty().bind(viewModel.statusProperty());
    }

    @FXML
    private void refresh() {
        viewModel.refreshCommand().execute();
    }

    @FXML
    private void copyTraceIds() {
        viewModel.copyTraceIdsCommand().execute();
    }

    @FXML
    private void close() {
        closeButton.getScene().getWindow().hide();
    }


    /** The outcome as a coloured badge, so failures stand out in a long list. */
    private static final class OutcomeCell extends TableCell<SyncLogRow, SyncLogRow> {

        private final Label badge = new Label();

        @Override
        protected void updateItem(SyncLogRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            badge.setText(row.outcome());
            badge.getStyleClass().setAll("label", "outcome-badge", "outcome-" + row.outcomeStyle());
            setGraphic(badge);
        }
    }

    /** Long error messages are cut by the column; the tooltip and the details pane show them whole. */
    private static final class MessageCell extends TableCell<SyncLogRow, String> {

        private final Tooltip tooltip = new Tooltip();

        MessageCell() {
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(600);
        }

        @Override
        protected void updateItem(String message, boolean empty) {
            super.updateItem(message, empty);
            boolean blank = empty || message == null || message.isEmpty();
            setText(blank ? null : message);
            tooltip.setText(blank ? "" : message);
            setTooltip(blank ? null : tooltip);
        }
    }
}
