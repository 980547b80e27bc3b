package io.orderdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.ui.Screenshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private Scene scene;

    @Start
    void start(Stage stage) {
        ResourceBundle bundle = ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.KOREAN);
        scene = new Scene(MainView.load(new MainViewModel("9.9.9"), bundle), 800, 500);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void showsTitleAndVersionFromTheKoreanBundle(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#titleLabel").queryAs(Label.class).getText()).isEqualTo("Order Desk");
        assertThat(robot.lookup("#taglineLabel").queryAs(Label.class).getText()).contains("주문형");
        assertThat(robot.lookup("#versionLabel").queryAs(Label.class).getText()).isEqualTo("버전 9.9.9");

        Path png = Path.of("target/screenshots/main-shell.png");
        WaitForAsyncUtils.asyncFx(() -> Screenshot.write(scene, png)).get();
        assertThat(Files.size(png)).isGreaterThan(1000);
    }
}
