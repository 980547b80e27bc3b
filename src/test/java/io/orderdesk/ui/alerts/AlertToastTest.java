package io.orderdesk.ui.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.ui.Screenshot;
import io.orderdesk.ui.support.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The toast hosted in a window: shows what a sync brought, waits while a dialog field has focus, closes on click. */
@ExtendWith(ApplicationExtension.class)
class AlertToastTest {

    private final ResourceBundle korean = ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.KOREAN);
    private final List<Consumer<Arrivals>> feed = new ArrayList<>();
    private final FakeNotifier notifier = new FakeNotifier();
    private Stage main;
    private AlertsViewModel viewModel;
    private HBox toast;

    @Start
    void start(Stage stage) {
        Theme.install();
        main = stage;
        viewModel = new AlertsViewModel(feed::add, notifier, UserBusy.typingInADialog(stage), () -> false, korean);
        toast = AlertToastView.load(viewModel, korean);
        StackPane root = new StackPane(new Label("Order Desk"), toast);
        StackPane.setAlignment(toast, Pos.BOTTOM_RIGHT);
        root.getStylesheets().add(AlertToastView.class.getResource("/io/orderdesk/ui/app.css").toExternalForm());
        stage.setScene(new Scene(root, 480, 240));
        stage.show();
    }

    @Test
    void showsNewOrdersWaitsForTheDialogAndClosesOnClick(FxRobot robot) throws Exception {
        assertThat(toast.isVisible()).isFalse();

        TextField field = new TextField();
        Stage dialog = WaitForAsyncUtils.asyncFx((Callable<Stage>) Stage::new).get();
        robot.interact(() -> {
            dialog.initOwner(main);
            dialog.setScene(new Scene(new StackPane(field), 200, 80));
            dialog.show();
            dialog.requestFocus();
            field.requestFocus();
        });
        robot.interact(() -> feed.forEach(listener -> listener.accept(new Arrivals(2, 1))));
        assertThat(toast.isVisible()).as("quiet while typing in the dialog").isFalse();

        robot.interact(dialog::close);
        robot.interact(viewModel::retry);
        assertThat(toast.isVisible()).isTrue();
        assertThat(robot.lookup(".alerts-message").queryLabeled().getText()).isEqualTo("새 주문 2건, 새 클레임 1건");
        assertThat(notifier.desktop).hasSize(1);
        screenshot();

        robot.clickOn(robot.lookup(".alerts-toast .button").queryButton());
        assertThat(toast.isVisible()).isFalse();
    }

    private void screenshot() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path png = Path.of(AlertToastTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent().resolve("screenshots").resolve("alert-toast.png");
        WaitForAsyncUtils.asyncFx(() -> Screenshot.write(main.getScene(), png)).get();
        assertThat(Files.size(png)).isGreaterThan(1000);
    }
}
