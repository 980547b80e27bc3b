package io.orderdesk.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.transfer.PreviewClass;
import io.orderdesk.transfer.SampleFiles;
import io.orderdesk.ui.Screenshot;
import io.orderdesk.ui.support.OwnerWindowTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The import window on a fake store with the committed CJ sample: preview, then queue the ready row. */
class ImportWindowTest extends OwnerWindowTest {

    private final FakeImportPort port = new FakeImportPort(SampleFiles.KNOWN);

    @Test
    void theCjSampleIsPreviewedAndTheReadyRowQueued(FxRobot robot) throws Exception {
        ImportViewModel viewModel = new ImportViewModel(port, executor, korean);
        robot.interact(() -> window = ImportView.open(owner, viewModel, korean));
        Button submit = node("#submitButton");
        assertThat(submit.isDisabled()).isTrue();
        assertThat(submit.getText()).isEqualTo("0건 발송 처리 대기열에 넣기");

        robot.interact(() -> viewModel.load(Path.of("assets/samples/cj-tracking-numbers.xlsx")));
        TableView<PreviewItem> table = node("#previewTable");
        waitFor(() -> table.getItems().size() == 6);

        assertThat(this.<ComboBox<String>>node("#orderCombo").getValue()).isEqualTo("상품주문번호");
        assertThat(this.<ComboBox<String>>node("#trackingCombo").getValue()).isEqualTo("운송장번호");
        assertThat(this.<Label>node("#fileLabel").getText()).isEqualTo("cj-tracking-numbers.xlsx");
        assertThat(table.getItems()).extracting(PreviewItem::kind).containsExactly(PreviewClass.MATCHED,
                PreviewClass.DUPLICATE, PreviewClass.UNKNOWN_CARRIER, PreviewClass.INVALID_NUMBER,
                PreviewClass.UNKNOWN_ORDER, PreviewClass.DUPLICATE);
        assertThat(robot.lookup(".import-kind-matched").queryAll()).isNotEmpty();
        assertThat(this.<FlowPane>node("#countsPane").getChildren()).extracting(child -> ((Label) child).getText())
                .containsExactly("준비됨 1", "주문 없음 1", "중복 2", "송장번호 오류 1", "택배사 모름 1");
        assertThat(submit.getText()).isEqualTo("1건 발송 처리 대기열에 넣기");
        screenshot(window.getScene(), "import.png");

        robot.clickOn("#fixedCarrierCombo");
        waitFor(() -> robot.lookup(".list-cell").queryAll().stream().anyMatch(ImportWindowTest::isCjItem));
        robot.clickOn(robot.lookup(".list-cell").<ListCell<?>>queryAll().stream()
                .filter(ImportWindowTest::isCjItem).findFirst().orElseThrow());
        waitFor(() -> "2건 발송 처리 대기열에 넣기".equals(submit.getText()));
        assertThat(port.submitted).isEmpty();

        robot.clickOn(submit);
        waitFor(() -> port.submitted.size() == 1);
        assertThat(port.submitted.get(0)).extracting(line -> line.productOrderId())
                .containsExactly("2026112810000001", "2026112810000003");
        ActionInput.Dispatch dispatch = (ActionInput.Dispatch) port.submitted.get(0).get(1).input();
        assertThat(dispatch.company()).isEqualTo(DeliveryCompany.CJGLS);
        assertThat(dispatch.trackingNumber()).isEqualTo("684512345603");
        waitFor(() -> table.getItems().isEmpty());
        assertThat(this.<Label>node("#messageLabel").getText()).startsWith("2건을 발송 처리 대기열에 넣었습니다.");
    }

    private static boolean isCjItem(Node node) {
        return node instanceof ListCell<?> cell && "CJ대한통운".equals(cell.getText());
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> T node(String id) {
        Node found = window.getScene().getRoot().lookup(id);
        assertThat(found).as(id).isNotNull();
        return (T) found;
    }

    private static void screenshot(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path png = Path.of(ImportWindowTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent().resolve("screenshots").resolve(name);
        WaitForAsyncUtils.asyncFx(() -> Screenshot.write(scene, png)).get();
        assertThat(Files.size(png)).isGreaterThan(1000);
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
