package io.orderdesk.ui.actions;

import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.ui.support.Labels;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.Callback;

/**
 * Controller of {@code DispatchFormView.fxml}: the grid of 발송 처리 (or 교환 재배송) with "apply to all". Made for a
 * barcode scanner, which types the number and Enter: Enter in a tracking cell moves to the next row's tracking cell,
 * and in the last row sends when everything is valid.
 */
public class DispatchFormView implements FormViews.FormView {

    private final DispatchFormViewModel form;
    private final Runnable send;
    private final ResourceBundle bundle;

    @FXML private ComboBox<DeliveryMethod> applyMethodChoice;
    @FXML private CarrierField applyCarrierField;
    @FXML private Button applyButton;
    @FXML private Label summaryLabel;
    @FXML private TableView<DispatchRow> grid;
    @FXML private TableColumn<DispatchRow, DispatchRow> lineColumn;
    @FXML private TableColumn<DispatchRow, String> receiverColumn;
    @FXML private TableColumn<DispatchRow, DispatchRow> methodColumn;
    @FXML private TableColumn<DispatchRow, DispatchRow> carrierColumn;
    @FXML private TableColumn<DispatchRow, DispatchRow> trackingColumn;
    @FXML private TableColumn<DispatchRow, DispatchRow> dateColumn;
    @FXML private TableColumn<DispatchRow, DispatchRow> messageColumn;

    DispatchFormView(DispatchFormViewModel form, Runnable send, ResourceBundle bundle) {
        this.form = form;
        this.send = send;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        applyMethodChoice.setItems(form.methods());
        Labels labels = new Labels(bundle);
        Choices.labels(applyMethodChoice, labels);
        applyMethodChoice.valueProperty().bindBidirectional(form.applyMethodProperty());
        applyCarrierField.setPromptText(bundle.getString("actions.carrier.prompt"));
        applyCarrierField.valueProperty().bindBidirectional(form.applyCompanyProperty());
        applyButton.disableProperty().bind(form.applyToAllCommand().executableProperty().not());
        summaryLabel.textProperty().bind(form.summaryProperty());

        grid.setItems(form.rows());
        grid.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        receiverColumn.setCellValueFactory(
                cell -> new ReadOnlyObjectWrapper<>(cell.getValue().target().receiverName()));
        row(lineColumn, column -> new DispatchCells.LineCell(bundle));
        row(methodColumn, column -> new DispatchCells.MethodCell(form, labels));
        row(carrierColumn, column -> new DispatchCells.CarrierCell(bundle));
        row(trackingColumn, column -> new DispatchCells.TrackingCell(bundle, this::afterTracking));
        row(dateColumn, column -> new DispatchCells.DateCell());
        row(messageColumn, column -> new DispatchCells.MessageCell(bundle));
        dateColumn.setVisible(form.withDate());
    }

    private static void row(TableColumn<DispatchRow, DispatchRow> column,
                            Callback<TableColumn<DispatchRow, DispatchRow>, javafx.scene.control.TableCell<DispatchRow,
                                    DispatchRow>> cells) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(cells);
        column.setSortable(false);
    }

    /** Enter in row {@code index}'s tracking cell: on to the next row, or send after the last. */
    private void afterTracking(int index) {
        if (index + 1 < form.rows().size()) {
            focusTracking(index + 1);
        } else {
            sendOnceChecked();
        }
    }

    /**
     * A scanner presses Enter right after the last number, usually before the store has said whether the number is
     * used elsewhere; the send waits for that answer instead of being dropped. It still only goes if all is valid.
     */
    private void sendOnceChecked() {
        if (!form.checkingProperty().get()) {
            send.run();
            return;
        }
        form.checkingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> observable, Boolean was, Boolean checking) {
                if (!checking) {
                    observable.removeListener(this);
                    send.run();
                }
            }
        });
    }

    void focusTracking(int index) {
        grid.getSelectionModel().clearAndSelect(index);
        TextField field = trackingField(index);
        if (field == null) {
            grid.scrollTo(Math.max(0, index - 2));
            grid.layout();
            field = trackingField(index);
        }
        if (field != null) {
            field.requestFocus();
        }
    }

    private TextField trackingField(int index) {
        for (Node node : grid.lookupAll(".tracking-field")) {
            Object cell = node.getProperties().get(DispatchCells.TrackingCell.class);
            if (cell instanceof DispatchCells.TrackingCell tracking && tracking.getIndex() == index
                    && node.isVisible() && tracking.getTableRow() != null && tracking.getTableRow().isVisible()) {
                return (TextField) node;
            }
        }
        return null;
    }

    @FXML
    private void applyToAll() {
        form.applyToAllCommand().execute();
    }

    /** Puts the cursor in the first row's tracking cell, ready for the scanner. */
    @Override
    public void focusFirst() {
        if (!form.rows().isEmpty()) {
            focusTracking(0);
        }
    }
}
