package io.orderdesk.ui.actions;

import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.ReturnRequestReason;
import io.orderdesk.ui.support.Labels;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** Controller of {@code ReturnRequestFormView.fxml}: binds the 반품 요청 form. */
public class ReturnRequestFormView implements FormViews.FormView {

    private final ReturnRequestFormViewModel form;
    private final Runnable send;

    @FXML private ResourceBundle resources;
    @FXML private ComboBox<ReturnRequestReason> reasonChoice;
    @FXML private Label reasonError;
    @FXML private ComboBox<DeliveryMethod> methodChoice;
    @FXML private Label methodError;
    @FXML private CarrierField carrierField;
    @FXML private Label carrierError;
    @FXML private HBox trackingRow;
    @FXML private TextField trackingField;
    @FXML private Label trackingError;
    @FXML private HBox quantityRow;
    @FXML private TextField quantityField;
    @FXML private Label quantityUnit;
    @FXML private Label quantityError;
    @FXML private Label wholeHint;

    ReturnRequestFormView(ReturnRequestFormViewModel form, Runnable send) {
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
        methodChoice.setItems(form.methods());
        Choices.labels(methodChoice, labels);
        methodChoice.valueProperty().bindBidirectional(form.collectMethodProperty());
        Bind.error(methodError, form.methodErrorProperty());
        carrierField.setPromptText(resources.getString("actions.carrier.prompt"));
        carrierField.valueProperty().bindBidirectional(form.companyProperty());
        Bind.error(carrierError, form.companyErrorProperty());
        trackingField.textProperty().bindBidirectional(form.trackingNumberProperty());
        Bind.error(trackingError, form.trackingErrorProperty());
        quantityField.textProperty().bindBidirectional(form.quantityProperty());
        quantityUnit.setText(MessageFormat.format(resources.getString("actions.quantity.unit"), form.maxQuantity()));
        Bind.error(quantityError, form.quantityErrorProperty());
        for (HBox row : new HBox[] {trackingRow, quantityRow}) {
            row.setVisible(form.singleLine());
            row.setManaged(form.singleLine());
        }
        wholeHint.setVisible(!form.singleLine());
        wholeHint.setManaged(!form.singleLine());
        FormKeys.chain(send, reasonChoice, methodChoice, carrierField, trackingField, quantityField);
    }

    @Override
    public void focusFirst() {
        reasonChoice.requestFocus();
    }
}
