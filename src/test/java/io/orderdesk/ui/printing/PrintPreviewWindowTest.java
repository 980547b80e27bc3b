package io.orderdesk.ui.printing;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.printing.OrderSheet;
import io.orderdesk.printing.OrderSheetPdf;
import io.orderdesk.printing.SheetLabels;
import io.orderdesk.ui.Screenshot;
import io.orderdesk.ui.support.OwnerWindowTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The preview window on a fake sheet source: pages render, paging and the list agree, save and close work. */
class PrintPreviewWindowTest extends OwnerWindowTest {

    private final FakePrintTarget target = new FakePrintTarget();

    @Test
    void previewsOnePagePerOrderPagesThroughThemAndSavesThePdf(FxRobot robot, @TempDir Path dir) throws Exception {
        PrintPreviewViewModel viewModel = new PrintPreviewViewModel(PrintSheets.source(),
                new OrderSheetPdf(SheetLabels.from(korean::getString)), executor, korean, Clock.systemDefaultZone());
        robot.interact(() -> {
            window = PrintPreviewView.open(owner, viewModel, korean, PrintSheets.allIds());
            viewModel.useTarget(target);
        });
        ImageView page = node("#pageImage");
        waitFor(() -> page.getImage() != null);
        Label pageLabel = node("#pageLabel");
        ListView<OrderSheet> list = node("#sheetList");
        assertThat(list.getItems()).hasSize(3);
        assertThat(pageLabel.getText()).isEqualTo("1 / 3쪽");
        assertThat(page.getImage().getHeight()).isGreaterThan(page.getImage().getWidth());
        screenshot("print-preview.png");

        robot.clickOn("#nextButton");
        assertThat(pageLabel.getText()).isEqualTo("2 / 3쪽");
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(1);

        robot.clickOn(robot.lookup("#sheetList .list-cell").nth(2).queryAs(Node.class));
        assertThat(pageLabel.getText()).isEqualTo("3 / 3쪽");
        assertThat(robot.lookup("#nextButton").queryButton().isDisabled()).isTrue();

        target.file = dir.resolve("out.pdf");
        robot.clickOn("#saveButton");
        waitFor(() -> Files.exists(target.file) && viewModel.savedPathProperty().get() != null);
        assertThat(((Label) node("#statusLabel")).getText()).contains("PDF를 저장했습니다");

        robot.clickOn("#printButton");
        assertThat(target.printedPages).containsExactly(3);

        robot.clickOn("#closeButton");
        assertThat(window.isShowing()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> T node(String id) {
        Node found = window.getScene().getRoot().lookup(id);
        assertThat(found).as(id).isNotNull();
        return (T) found;
    }

    private void screenshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path png = Path.of(PrintPreviewWindowTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent().resolve("screenshots").resolve(name);
        WaitForAsyncUtils.asyncFx(() -> Screenshot.write(window.getScene(), png)).get();
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
