package io.orderdesk.ui.main;

import io.orderdesk.ui.orders.Formats;
import io.orderdesk.ui.support.Windows;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "자세히" behind the offline banner: the reason in words and the trace ID in a field that can be selected and copied,
 * because it is what Naver support asks for. Not modal, so the user can keep working behind it.
 */
final class TraceDialog {

    private TraceDialog() {
    }

    static Alert show(Window owner, Formats formats, String reason, String traceId) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(formats.text("banner.details.title"));
        alert.setHeaderText(reason == null ? formats.text("banner.failed") : reason);
        TextField trace = new TextField(traceId == null ? formats.text("banner.details.noTrace") : traceId);
        trace.setId("traceIdField");
        trace.setEditable(false);
        HBox.setHgrow(trace, Priority.ALWAYS);
        Button copy = new Button(formats.text("detail.copy"));
        copy.setId("copyTraceButton");
        copy.setDisable(traceId == null);
        copy.setOnAction(event -> Windows.copyToClipboard(traceId));
        Label hint = new Label(formats.text("banner.details.hint"));
        hint.setWrapText(true);
        VBox body = new VBox(8, hint, new HBox(8, trace, copy));
        body.setPrefWidth(460);
        alert.getDialogPane().setContent(body);
        alert.getDialogPane().setId("traceDialog");
        alert.getDialogPane().lookupButton(ButtonType.OK).setId("okButton");
        alert.show();
        return alert;
    }
}
