package io.orderdesk.ui.actionlog;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.ActionLineState;
import io.orderdesk.ui.Screenshot;
import io.orderdesk.ui.support.OwnerWindowTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The action log window as staff use it, on a fake outbox: pick an action, correct a line, send it again. */
class ActionLogWindowTest extends OwnerWindowTest {

    private final FakeActionLogPort port = FakeActionLogPort.sample();

    @Test
    void aFailedDispatchLineIsCorrectedAndSentAgain(FxRobot robot) throws Exception {
        ActionLogViewModel viewModel = new ActionLogViewModel(port, executor, korean);
        robot.interact(() -> window = ActionLogView.open(owner, viewModel, korean));
        TableView<ActionItem> actions = node("#actionTable");
        waitFor(() -> actions.getItems().size() == 3);
        assertThat(this.<Label>node("#summaryLabel").getText()).isEqualTo("최근 작업 3건 · 문제 2건");
        assertThat(this.<Button>node("#resendButton").isDisabled()).isTrue();

        robot.clickOn("발송 처리");
        TableView<LineItem> lines = node("#lineTable");
        waitFor(() -> lines.getItems().size() == 3);
        assertThat(this.<Label>node("#headingLabel").getText()).startsWith("발송 처리 · 2026-11-20 10:30:00");
        assertThat(this.<Button>node("#settleButton").isDisabled()).isFalse();
        robot.clickOn("2026112010000002");
        assertThat(this.<Button>node("#resendButton").isDisabled()).isFalse();
        screenshot(window.getScene(), "action-log.png");

        robot.clickOn("#resendButton");
        waitFor(() -> robot.lookup("#resendDialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#resendDialog").query();
        Label error = robot.lookup("#error-2026112010000002").query();
        Button send = robot.lookup("#resendSendButton").query();
        assertThat(error.getText()).isEqualTo("이 택배사의 송장번호는 9~14자리 숫자입니다.");
        assertThat(send.isDisabled()).isTrue();
        screenshot(dialog.getScene(), "action-log-resend.png");
        TextField tracking = robot.lookup("#tracking-2026112010000002").query();
        robot.interact(tracking::clear);
        robot.clickOn(tracking).write("6123-4567");
        assertThat(error.getText()).isEqualTo("송장번호는 하이픈(-) 없이 입력하세요.");
        robot.interact(tracking::clear);
        robot.clickOn(tracking).write("612345678901");
        assertThat(error.isVisible()).isFalse();
        assertThat(send.isDisabled()).isFalse();
        robot.clickOn(send);

        waitFor(() -> port.resends.size() == 1);
        ActionInput.Dispatch sent = (ActionInput.Dispatch) port.resends.get(0).lines().get("2026112010000002");
        assertThat(sent.trackingNumber()).isEqualTo("612345678901");
        waitFor(() -> "1건을 다시 보냈습니다.".equals(this.<Label>node("#statusLabel").getText()));

        port.change(3, "2026112010000002", ActionLineState.DONE);
        Thread outbox = new Thread(() -> port.fire(3), "outbox-test");
        outbox.start();
        outbox.join();
        waitFor(() -> "완료".equals(lines.getItems().get(1).state()));
        assertThat(actions.getSelectionModel().getSelectedItem().actionId()).isEqualTo(3L);
        assertThat(lines.getSelectionModel().getSelectedItem().productOrderId()).isEqualTo("2026112010000002");
        assertThat(actions.getItems().get(0).counts()).extracting(StateCount::label).containsExactly("완료", "결과 확인 필요");
    }

    @Test
    void theFilterSettleAndExportWork(FxRobot robot) throws Exception {
        ActionLogViewModel viewModel = new ActionLogViewModel(port, executor, korean);
        robot.interact(() -> window = ActionLogView.open(owner, viewModel, korean));
        TableView<ActionItem> actions = node("#actionTable");
        waitFor(() -> actions.getItems().size() == 3);
        Path chosen = Files.createTempDirectory("od-audit").resolve("audit.csv");
        viewModel.useDialogs(new ActionLogDialogs() {
            @Override
            public boolean confirmResend(ResendForm form) {
                return false;
            }

            @Override
            public Optional<Path> chooseAuditFile(String suggestedName) {
                assertThat(suggestedName).startsWith("orderdesk-audit-").endsWith(".csv");
                return Optional.of(chosen);
            }

            @Override
            public void copy(String text) {
            }
        });

        robot.clickOn("#problemsOnlyCheck");
        assertThat(this.<CheckBox>node("#problemsOnlyCheck").isSelected()).isTrue();
        assertThat(actions.getItems()).extracting(ActionItem::actionId).containsExactly(3L, 1L);
        robot.clickOn("발송 처리");
        robot.clickOn("#settleButton");
        waitFor(() -> port.settles.equals(List.of(3L)));
        robot.clickOn("#exportButton");
        waitFor(() -> port.exports.equals(List.of(chosen)));
        waitFor(() -> this.<Label>node("#statusLabel").getText().startsWith("감사 로그를 저장했습니다"));

        robot.interact(window::close);
        assertThat(port.listeners).as("closing stops following the outbox").isEmpty();
        window = null;
    }

    @Test
    void englishFitsToo(FxRobot robot) throws Exception {
        ResourceBundle english = ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.ENGLISH);
        ActionLogViewModel viewModel = new ActionLogViewModel(port, executor, english);
        robot.interact(() -> window = ActionLogView.open(owner, viewModel, english));
        TableView<ActionItem> actions = node("#actionTable");
        waitFor(() -> actions.getItems().size() == 3);
        robot.clickOn("Dispatch");
        waitFor(() -> this.<TableView<LineItem>>node("#lineTable").getItems().size() == 3);

        assertThat(this.<Label>node("#summaryLabel").getText()).isEqualTo("Actions: 3 · with problems: 2");
        assertThat(this.<Label>node("#headingLabel").getText()).isEqualTo("Dispatch · 2026-11-20 10:30:00 · 김하나 · 3 lines");
        assertThat(actions.getItems().get(0).counts()).extracting(StateCount::label)
                .containsExactly("Done", "Failed", "Needs checking");
        screenshot(window.getScene(), "action-log-en.png");
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> T node(String id) {
        Node found = window.getScene().getRoot().lookup(id);
        assertThat(found).as(id).isNotNull();
        return (T) found;
    }

    static void screenshot(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path png = screenshots().resolve(name);
        WaitForAsyncUtils.asyncFx(() -> Screenshot.write(scene, png)).get();
        assertThat(Files.size(png)).isGreaterThan(1000);
    }

    /** {@code screenshots} beside the test classes, so a build in {@code -Dod.build.dir=X} writes into X. */
    static Path screenshots() throws Exception {
        return Path.of(ActionLogWindowTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent().resolve("screenshots");
    }

    static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
