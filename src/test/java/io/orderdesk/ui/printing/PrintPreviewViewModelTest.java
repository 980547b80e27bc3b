package io.orderdesk.ui.printing;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.printing.OrderSheet;
import io.orderdesk.printing.OrderSheetPdf;
import io.orderdesk.printing.SheetLabels;
import io.orderdesk.ui.support.InlineUiExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrintPreviewViewModelTest {

    private final ResourceBundle korean = ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.KOREAN);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T03:00:00Z"), ZoneId.of("Asia/Seoul"));
    private final FakePrintTarget target = new FakePrintTarget();
    private final PrintPreviewViewModel viewModel = new PrintPreviewViewModel(PrintSheets.source(),
            new OrderSheetPdf(SheetLabels.from(korean::getString)), new InlineUiExecutor(), korean, clock);

    PrintPreviewViewModelTest() {
        viewModel.useTarget(target);
    }

    @Test
    void oneSheetAndOnePagePerOrderAmongTheSelection() {
        viewModel.load(PrintSheets.allIds());

        assertThat(viewModel.sheets()).extracting(OrderSheet::orderId)
                .containsExactly("2026112910000001", "2026112910000002", "2026112910000003");
        assertThat(viewModel.sheets().get(0).items()).hasSize(2);
        assertThat(viewModel.pageCount()).isEqualTo(3);
        assertThat(viewModel.summaryProperty().get()).isEqualTo("주문 3건, 상품주문 4건");
        assertThat(viewModel.pageLabelProperty().get()).isEqualTo("1 / 3쪽");
        assertThat(viewModel.selectedSheetProperty().get().orderId()).isEqualTo("2026112910000001");
    }

    @Test
    void pagingAndSelectionFollowEachOther() {
        viewModel.load(PrintSheets.allIds());
        assertThat(viewModel.previousCommand().isExecutable()).isFalse();

        viewModel.nextCommand().execute();
        assertThat(viewModel.selectedSheetProperty().get().orderId()).isEqualTo("2026112910000002");
        assertThat(viewModel.pageLabelProperty().get()).isEqualTo("2 / 3쪽");

        viewModel.selectedSheetProperty().set(viewModel.sheets().get(2));
        assertThat(viewModel.pageIndexProperty().get()).isEqualTo(2);
        assertThat(viewModel.nextCommand().isExecutable()).isFalse();
        assertThat(viewModel.previousCommand().isExecutable()).isTrue();
    }

    @Test
    void savesToTheChosenFileWithADatedSuggestion(@TempDir Path dir) throws Exception {
        viewModel.load(PrintSheets.allIds());
        target.file = dir.resolve("sheets.pdf");

        viewModel.saveCommand().execute();

        assertThat(target.suggestedNames).containsExactly("주문서-2026-11-29.pdf");
        assertThat(viewModel.savedPathProperty().get()).isEqualTo(target.file);
        assertThat(Files.readAllBytes(target.file)).startsWith("%PDF".getBytes());
        assertThat(viewModel.statusProperty().get()).contains("PDF를 저장했습니다", "sheets.pdf");
    }

    @Test
    void cancellingTheSaveDialogWritesNothing() {
        viewModel.load(PrintSheets.allIds());

        viewModel.saveCommand().execute();

        assertThat(viewModel.savedPathProperty().get()).isNull();
        assertThat(viewModel.saveCommand().isExecutable()).isTrue();
    }

    @Test
    void printingReportsWhatThePrinterDid() {
        viewModel.load(PrintSheets.allIds());

        viewModel.printCommand().execute();
        assertThat(target.printedPages).containsExactly(3);
        assertThat(viewModel.statusProperty().get()).isEqualTo("인쇄를 보냈습니다 (3쪽).");

        target.result = PrintTarget.Result.NO_PRINTER;
        viewModel.printCommand().execute();
        assertThat(viewModel.statusProperty().get()).contains("프린터가 없습니다");
    }

    @Test
    void nothingReadableMeansNothingToPrintOrSave() {
        viewModel.load(List.of("unknown"));

        assertThat(viewModel.sheets()).isEmpty();
        assertThat(viewModel.printCommand().isExecutable()).isFalse();
        assertThat(viewModel.saveCommand().isExecutable()).isFalse();
        assertThat(viewModel.statusProperty().get()).isEqualTo(korean.getString("print.empty"));
    }
}
