package io.orderdesk.ui.actions;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Controller of {@code RejectFormView.fxml}: binds the 반품 거부 / 교환 거부 form. */
public class RejectFormView implements FormViews.FormView {

    private final RejectFormViewModel form;
    private final Runnable send;

    @FXML private TextField reasonField;
    @FXML private Label reasonCount;
    @FXML private Label reasonError;

    RejectFormView(RejectFormViewModel form, Runnable send) {
        this.form = form;
        this.send = send;
    }

    @FXML
    private void initialize() {
        reasonField.textProperty().bindBidirectional(form.reasonProperty());
        Bind.counter(reasonCount, form.reasonProperty(), Inputs.MAX_TEXT);
        Bind.error(reasonError, form.reasonErrorProperty());
        FormKeys.chain(send, reasonField);
    }

    @Override
    public void focusFirst() {
        reasonField.requestFocus();
    }
}
