package io.orderdesk.ui.actions;

import io.orderdesk.domain.CancelRequestReason;
import io.orderdesk.ui.support.Labels;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** Controller of {@code CancelFormView.fxml}: binds the 판매 취소 form. */
public class CancelFormView implements FormViews.FormView {

    private final CancelFormViewModel form;
    private final Runnable send;

    @FXML private ResourceBundle resources;
    @FXML private ComboBox<CancelRequestReason> reasonChoice;
    @FXML private Label reasonError;
    @FXML private TextField detailField;
    @FXML private Label detailCount;
    @FXML private Label detailError;
    @FXML private HBox quantityRow;
    @FXML private TextField quantityField;
    @FXML private Label quantityUnit;
    @FXML private Label quantityError;
    @FXML private Label wholeHint;

    CancelFormView(CancelFormViewModel form, Runnable send) {
        this.form = form;
        this.send = send;
    }

    @FXML
    private void initialize() {
        Labels labels = new Labels(resources);
        reasonChoice.setItems(form.reasons());
        Choices.labels(reasonChoice, labels);
        reasonChoice.valueProperty().bindBidirectional(form.reasonProperty());
        Bind.error(reasonError, form.reasonErrorProperty());
        detailField.textProperty().bindBidirectional(form.detailProperty());
        Bind.counter(detailCount, form.detailProperty(), Inputs.MAX_TEXT);
        Bind.error(detailError, form.detailErrorProperty());
        quantityField.textProperty().bindBidirectional(form.quantityProperty());
        quantityUnit.setText(MessageFormat.format(resources.getString("actions.quantity.unit"), form.maxQuantity()));
        Bind.error(quantityError, form.quantityErrorProperty());
        quantityRow.setVisible(form.singleLine());
        quantityRow.setManaged(form.singleLine());
        wholeHint.setVisible(!form.singleLine());
        wholeHint.setManaged(!form.singleLine());
        FormKeys.chain(send, reasonChoice, detailField, quantityField);
    }

    @Override
    public void focusFirst() {
        reasonChoice.requestFocus();
    }
}
