package io.orderdesk.ui.alerts;

import io.orderdesk.ui.support.Fxml;
import java.util.ResourceBundle;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * Controller of {@code AlertToastView.fxml}: a small banner the main window hosts (e.g. in a StackPane aligned to the
 * bottom right). It hides itself after a while and asks the view model every second whether held-back alerts may
 * show now that the user may have stopped typing.
 */
public class AlertToastView {

    static final Duration SHOWN_FOR = Duration.seconds(12);
    private static final Duration RETRY_EVERY = Duration.seconds(1);

    private final AlertsViewModel viewModel;
    private final PauseTransition autoHide = new PauseTransition(SHOWN_FOR);
    private final Timeline retry = new Timeline(new KeyFrame(RETRY_EVERY, event -> retry()));

    @FXML private HBox alertToast;
    @FXML private Label messageLabel;

    public AlertToastView(AlertsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** The toast node, hidden until something arrives. */
    public static HBox load(AlertsViewModel viewModel, ResourceBundle bundle) {
        return (HBox) Fxml.load(AlertToastView.class, "AlertToastView.fxml", bundle,
                () -> new AlertToastView(viewModel)).root();
    }

    @FXML
    private void initialize() {
        alertToast.visibleProperty().bind(viewModel.showingProperty());
        alertToast.managedProperty().bind(viewModel.showingProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        autoHide.setOnFinished(event -> viewModel.dismiss());
        viewModel.messageProperty().addListener((o, was, now) -> autoHide.playFromStart());
        viewModel.showingProperty().addListener((o, was, showing) -> {
            if (showing) {
                autoHide.playFromStart();
            } else {
                autoHide.stop();
            }
        });
        retry.setCycleCount(Timeline.INDEFINITE);
        alertToast.sceneProperty().addListener((o, was, scene) -> {
            if (scene == null) {
                retry.stop();
            } else {
                retry.play();
            }
        });
    }

    private void retry() {
        if (viewModel.pending().isEmpty()) {
            return;
        }
        viewModel.retry();
    }

    @FXML
    private void dismiss() {
        viewModel.dismiss();
    }
}
