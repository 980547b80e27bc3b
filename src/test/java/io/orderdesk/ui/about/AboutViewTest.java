package io.orderdesk.ui.about;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.ui.Screenshot;
import io.orderdesk.ui.support.OwnerWindowTest;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The About box as a user opens it from the main window: facts shown, copy to the clipboard, close. */
class AboutViewTest extends OwnerWindowTest {

    private final AboutFacts facts = new AboutFacts("0.1.0-SNAPSHOT", Path.of("/home/kim/.local/share/order-desk"),
            Path.of("/home/kim/.local/share/order-desk/logs"), "17.0.15+6");

    @Test
    void showsTheFactsCopiesThemAndCloses(FxRobot robot) throws Exception {
        AboutViewModel viewModel = new AboutViewModel(facts, korean);
        robot.interact(() -> window = AboutView.open(owner, viewModel, korean));

        assertThat(window.getTitle()).isEqualTo("Order Desk 정보");
        assertThat(this.<Label>node("#headingLabel").getText()).isEqualTo("Order Desk 0.1.0-SNAPSHOT");
        assertThat(this.<TextField>node("#dataFolderField").getText()).isEqualTo(facts.dataFolder().toString());
        assertThat(this.<TextField>node("#logFolderField").getText()).isEqualTo(facts.logFolder().toString());
        assertThat(this.<TextField>node("#dataFolderField").isEditable()).isFalse();
        screenshot();

        robot.clickOn("#copyButton");
        assertThat(this.<Label>node("#statusLabel").getText()).isEqualTo("버전과 폴더 위치를 복사했습니다.");
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).startsWith("Order Desk 0.1.0-SNAPSHOT\n데이터 폴더: ").contains("로그 폴더: ");

        robot.clickOn("#closeButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isShowing()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> T node(String id) {
        Node found = window.getScene().getRoot().lookup(id);
        assertThat(found).as(id).isNotNull();
        return (T) found;
    }

    private void screenshot() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path png = Path.of("target/screenshots/about.png");
        WaitForAsyncUtils.asyncFx(() -> Screenshot.write(window.getScene(), png)).get();
        assertThat(Files.size(png)).isGreaterThan(1000);
    }
}
