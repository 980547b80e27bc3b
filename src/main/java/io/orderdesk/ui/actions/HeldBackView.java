package io.orderdesk.ui.actions;

import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Controller of {@code HeldBackDialog.fxml}. */
public class HeldBackView {

    private final HeldBackViewModel viewModel;
    private final ResourceBundle bundle;

    @FXML private Label headingLabel;
    @FXML private TableView<ResultRow> heldBackTable;
    @FXML private TableColumn<ResultRow, String> idColumn;
    @FXML private TableColumn<ResultRow, String> productColumn;
    @FXML private TableColumn<ResultRow, ResultRow> noteColumn;
    @FXML private Button closeButton;

    HeldBackView(HeldBackViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        headingLabel.setText(viewModel.heading());
        heldBackTable.setItems(viewModel.rows());
        heldBackTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ResultsTable.text(idColumn, ResultRow::productOrderId);
        ResultsTable.text(productColumn, ResultRow::productName);
        ResultsTable.note(noteColumn, bundle);
    }

    @FXML
    private void close() {
        closeButton.getScene().getWindow().hide();
    }
}
