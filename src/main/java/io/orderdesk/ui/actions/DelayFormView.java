package io.orderdesk.ui.actions;

import io.orderdesk.domain.DelayedDispatchReason;
import io.orderdesk.ui.support.Labels;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Controller of {@code DelayFormView.fxml}: binds the 발송 지연 form. */
public class DelayFormView implements FormViews.FormView {

    private final DelayFormViewModel form;
    private final Runnable send;

    @FXML private ResourceBundle resources;
    @FXML private DatePicker dueDatePicker;
    @FXML private Label currentDueLabel;
    @FXML private Label dueDateError;
    @FXML private ComboBox<DelayedDispatchReason> reasonChoice;
    @FXML private Label reasonError;
    @FXML private TextField detailField;
    @FXML private Label detailCount;
    @FXML private Label detailError;

    DelayFormView(DelayFormViewModel form, Runnable send) {
        this.form = form;
        this.send = send;
    }

    @FXML
    private void initialize() {
        Labels labels = new Labels(resources);
        Choices.isoDates(dueDatePicker);
        dueDatePicker.valueProperty().bindBidirectional(form.dueDateProperty());
        dueDatePicker.getEditor().textProperty().addListener((observable, was, text) -> {
            // A complete date counts at once; a half-typed one is settled when the picker commits it.
            java.time.LocalDate typed = dueDatePicker.getConverter().fromString(text);
            if (typed != null && dueDatePicker.getEditor().isFocused()) {
                form.dueDateProperty().set(typed);
            }
        });
        boolean known = form.currentDueDate() != null;
        currentDueLabel.setText(known ? MessageFormat.format(resources.getString("actions.delay.current"),
                form.currentDueDate().toString()) : "");
        currentDueLabel.setVisible(known);
        currentDueLabel.setManaged(known);
        Bind.error(dueDateError, form.dueDateErrorProperty());
        reasonChoice.setItems(form.reasons());
        Choices.labels(reasonChoice, labels);
        reasonChoice.valueProperty().bindBidirectional(form.reasonProperty());
        Bind.error(reasonError, form.reasonErrorProperty());
        detailField.textProperty().bindBidirectional(form.detailProperty());
        Bind.counter(detailCount, form.detailProperty(), DelayFormViewModel.MAX_DETAIL);
        Bind.error(detailError, form.detailErrorProperty());
        FormKeys.chain(send, dueDatePicker, reasonChoice, detailField);
    }

    @Override
    public void focusFirst() {
        dueDatePicker.requestFocus();
    }
}
