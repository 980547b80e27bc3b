package io.orderdesk.ui.actionlog;

import io.orderdesk.domain.DeliveryCompany;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.ResourceBundle;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * "다시 보내기": the lines about to be sent again; where carrier and tracking number can be corrected, a field for
 * each with its error right below. The send button stays disabled until every line is valid.
 */
final class ResendDialog {

    static final ButtonType SEND = new ButtonType("send", ButtonBar.ButtonData.OK_DONE);

    private ResendDialog() {
    }

    static Dialog<ButtonType> create(Window owner, ResendForm form, ResourceBundle bundle) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(bundle.getString("actionlog.resendDialog.title"));
        dialog.setHeaderText(MessageFormat.format(bundle.getString("actionlog.resendDialog.header"),
                new ActionTexts(bundle).action(form.action()), form.lines().size()));
        ButtonType send = new ButtonType(bundle.getString("actionlog.resendDialog.send"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(bundle.getString("actionlog.resendDialog.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(send, cancel);
        dialog.getDialogPane().lookupButton(send).disableProperty().bind(form.validProperty().not());
        dialog.getDialogPane().lookupButton(send).setId("resendSendButton");
        dialog.setResultConverter(type -> type == send ? SEND : type);

        VBox body = new VBox(8);
        if (form.isCorrectable()) {
            body.getChildren().add(wrapped(bundle.getString("actionlog.resendDialog.correctHint"), null));
        }
        if (form.hasUnknown()) {
            body.getChildren().add(wrapped(bundle.getString("actionlog.resendDialog.unknownWarning"),
                    "resend-warning"));
        }
        ScrollPane scroller = new ScrollPane(grid(form, bundle));
        scroller.setFitToWidth(true);
        scroller.setMaxHeight(360);
        scroller.getStyleClass().add("edge-to-edge");
        body.getChildren().add(scroller);
        body.setPrefWidth(680);
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().getStyleClass().add("resend-dialog");
        dialog.getDialogPane().getStylesheets().add(
                ResendDialog.class.getResource("ActionLogView.css").toExternalForm());
        dialog.getDialogPane().setId("resendDialog");
        return dialog;
    }

    private static GridPane grid(ResendForm form, ResourceBundle bundle) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("resend-grid");
        ActionTexts texts = new ActionTexts(bundle);
        int row = 0;
        for (ResendLine line : form.lines()) {
            Label id = new Label(line.productOrderId());
            id.getStyleClass().add("product-order-id");
            id.setMinWidth(Label.USE_PREF_SIZE);
            grid.add(id, 0, row);
            grid.add(ActionLogCells.badge(texts.state(line.state()), ActionTexts.style(line.state())), 1, row);
            if (line.isCorrectable()) {
                grid.add(carrierBox(line, bundle), 2, row);
                TextField tracking = new TextField();
                tracking.setId("tracking-" + line.productOrderId());
                tracking.setPromptText(bundle.getString("actionlog.resendDialog.trackingPrompt"));
                tracking.textProperty().bindBidirectional(line.trackingProperty());
                tracking.setPrefColumnCount(14);
                grid.add(tracking, 3, row);
                Label error = new Label();
                error.setId("error-" + line.productOrderId());
                error.getStyleClass().add("field-error");
                error.textProperty().bind(line.errorProperty());
                error.managedProperty().bind(error.textProperty().isNotEmpty());
                error.visibleProperty().bind(error.textProperty().isNotEmpty());
                grid.add(error, 2, ++row, 2, 1);
            } else {
                grid.add(wrapped(bundle.getString("actionlog.resendDialog.notCorrectable"), "text-muted"), 2, row,
                        2, 1);
            }
            row++;
        }
        return grid;
    }

    private static ComboBox<DeliveryCompany> carrierBox(ResendLine line, ResourceBundle bundle) {
        ComboBox<DeliveryCompany> carriers = new ComboBox<>(FXCollections.observableArrayList(
                Arrays.stream(DeliveryCompany.values()).filter(c -> c != DeliveryCompany.UNKNOWN).toList()));
        carriers.setId("carrier-" + line.productOrderId());
        carriers.setPromptText(bundle.getString("actionlog.resendDialog.carrierPrompt"));
        carriers.setVisibleRowCount(12);
        carriers.setPrefWidth(170);
        carriers.setConverter(new StringConverter<>() {
            @Override
            public String toString(DeliveryCompany company) {
                return company == null ? "" : company.label();
            }

            @Override
            public DeliveryCompany fromString(String text) {
                return null;
            }
        });
        carriers.valueProperty().bindBidirectional(line.carrierProperty());
        return carriers;
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        if (style != null) {
            label.getStyleClass().add(style);
        }
        return label;
    }
}
