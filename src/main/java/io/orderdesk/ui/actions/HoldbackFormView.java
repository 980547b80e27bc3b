package io.orderdesk.ui.actions;

import io.orderdesk.domain.HoldbackReason;
import io.orderdesk.ui.support.Labels;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Controller of {@code HoldbackFormView.fxml}: binds the 반품 보류 / 교환 보류 form. */
public class HoldbackFormView implements FormViews.FormView {

    private final HoldbackFormViewModel form;
    private final Runnable send;

    @FXML private ResourceBundle resources;
    @FXML private ComboBox<HoldbackReason> reasonChoice;
    @FXML private Label reasonError;
    @FXML private TextField detailField;
    @FXML private Label detailCount;
    @FXML private Label detailError;
    @FXML private TextField feeField;
    @FXML private Label feeError;

    HoldbackFormView(HoldbackFormViewModel form, Runnable send) {
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
        feeField.textProperty().bindBidirectional(form.feeProperty());
        Bind.error(feeError, form.feeErrorProperty());
        FormKeys.chain(send, reasonChoice, detailField, feeField);
    }

    @Override
    public void focusFirst() {
        reasonChoice.requestFocus();
    }
}
