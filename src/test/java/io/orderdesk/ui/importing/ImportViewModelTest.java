package io.orderdesk.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.transfer.PreviewClass;
import io.orderdesk.ui.actions.DraftLine;
import io.orderdesk.ui.support.InlineUiExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");

    @TempDir
    Path dir;

    private final ResourceBundle korean = ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.KOREAN);
    private final FakeImportPort port = new FakeImportPort(List.of("2026112810000001", "2026112810000002"))
            .with("2026112810000003", "PAYED", "OK", "CANCEL", "CANCEL_REQUEST")
            .with("2026112810000004", "DELIVERING", "OK", null, null);
    private final ImportViewModel viewModel = new ImportViewModel(port, new InlineUiExecutor(), korean,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aFileIsPreviewedAndOnlyReadyRowsAreQueuedOnConfirm() throws Exception {
        Path file = csv("상품주문번호,택배사,송장번호\n"
                + "2026112810000001,CJ대한통운,684512345601\n"
                + "2026112810000002,롯데택배,312345678902\n"
                + "2026112810000003,CJ대한통운,684512345603\n"
                + "2026112810000004,CJ대한통운,684512345604\n"
                + "2026112899999999,CJ대한통운,684512345699\n");

        viewModel.load(file);

        assertThat(viewModel.fileNameProperty().get()).isEqualTo("tracking.csv");
        assertThat(viewModel.progressProperty().get()).isEqualTo(1.0);
        assertThat(viewModel.columnChoices()).containsExactly("(선택 안 함)", "상품주문번호", "택배사", "송장번호");
        assertThat(viewModel.orderColumnProperty().get()).isEqualTo(1);
        assertThat(viewModel.trackingColumnProperty().get()).isEqualTo(3);
        assertThat(viewModel.rows()).extracting(PreviewItem::kind).containsExactly(PreviewClass.MATCHED,
                PreviewClass.MATCHED, PreviewClass.UNDER_CLAIM, PreviewClass.ALREADY_DISPATCHED,
                PreviewClass.UNKNOWN_ORDER);
        assertThat(viewModel.rows().get(2).kindLabel()).isEqualTo("클레임 중");
        assertThat(viewModel.counts()).extracting(ClassCount::text)
                .containsExactly("준비됨 2", "주문 없음 1", "이미 발송됨 1", "클레임 중 1");
        assertThat(viewModel.submitTextProperty().get()).isEqualTo("2건 발송 처리 대기열에 넣기");
        assertThat(port.submitted).isEmpty();

        viewModel.submitCommand().execute();

        assertThat(port.submitted).hasSize(1);
        assertThat(port.submitted.get(0)).containsExactly(
                new DraftLine("2026112810000001", new ActionInput.Dispatch(DeliveryMethod.DELIVERY,
                        DeliveryCompany.CJGLS, "684512345601", NOW)),
                new DraftLine("2026112810000002", new ActionInput.Dispatch(DeliveryMethod.DELIVERY,
                        DeliveryCompany.HYUNDAI, "312345678902", NOW)));
        assertThat(viewModel.messageProperty().get()).startsWith("2건을 발송 처리 대기열에 넣었습니다.");
        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.submitCommand().isExecutable()).isFalse();
    }

    @Test
    void unknownColumnsAskTheUserToChooseAndChoosingClassifies() throws Exception {
        Path file = csv("번호,회사,송장\n2026112810000001,CJ대한통운,684512345601\n");

        viewModel.load(file);

        assertThat(viewModel.problemProperty().get()).isTrue();
        assertThat(viewModel.messageProperty().get()).isEqualTo(
                "상품주문번호 열과 송장번호 열을 찾지 못했습니다. 아래에서 직접 골라 주세요.");
        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.submitCommand().isExecutable()).isFalse();

        viewModel.orderColumnProperty().set(1);
        viewModel.carrierColumnProperty().set(2);

        assertThat(viewModel.rows()).extracting(PreviewItem::kind).containsExactly(PreviewClass.MATCHED);
        assertThat(viewModel.problemProperty().get()).isFalse();
        assertThat(viewModel.submitCommand().isExecutable()).isTrue();
    }

    @Test
    void aFixedCarrierFillsBlankCarrierCells() throws Exception {
        viewModel.load(csv("상품주문번호,송장번호\n2026112810000001,684512345601\n"));
        assertThat(viewModel.rows()).extracting(PreviewItem::kind).containsExactly(PreviewClass.UNKNOWN_CARRIER);
        assertThat(viewModel.rows().get(0).note()).contains("택배사를 알 수 없습니다");

        viewModel.fixedCarrierProperty().set(DeliveryCompany.CJGLS);

        assertThat(viewModel.rows()).extracting(PreviewItem::kind).containsExactly(PreviewClass.MATCHED);
        assertThat(viewModel.rows().get(0).carrier()).isEqualTo("CJ대한통운");
    }

    @Test
    void badFilesGiveKoreanMessagesAndNothingToQueue() throws Exception {
        Path picture = dir.resolve("photo.xlsx");
        Files.write(picture, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
        viewModel.load(picture);
        assertThat(viewModel.messageProperty().get()).startsWith("엑셀이나 CSV 파일이 아닙니다.");
        assertThat(viewModel.problemProperty().get()).isTrue();

        viewModel.load(csv("상품주문번호,송장번호\n"));
        assertThat(viewModel.messageProperty().get()).isEqualTo("첫 번째 시트에 제목 행이나 데이터가 없습니다.");

        StringBuilder big = new StringBuilder("상품주문번호,송장번호\n");
        for (int i = 0; i <= 20_000; i++) {
            big.append(2026112800000000L + i).append(",684500000000\n");
        }
        viewModel.load(csv(big.toString()));
        assertThat(viewModel.messageProperty().get()).isEqualTo(
                "한 번에 20,000행까지만 읽을 수 있습니다. 파일을 나누어 주세요.");

        viewModel.load(dir.resolve("missing.csv"));
        assertThat(viewModel.messageProperty().get()).startsWith("파일을 열 수 없습니다.");
        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.submitCommand().isExecutable()).isFalse();
        assertThat(port.submitted).isEmpty();
    }

    @Test
    void invalidNumbersSayWhatIsWrong() throws Exception {
        viewModel.load(csv("상품주문번호,택배사,송장번호\n2026112810000001,CJ대한통운,6845-1234-5601\n"));

        assertThat(viewModel.rows().get(0).kindLabel()).isEqualTo("송장번호 오류");
        assertThat(viewModel.rows().get(0).note()).isEqualTo("송장번호는 하이픈(-) 없이 적어야 합니다.");
    }

    private Path csv(String text) throws Exception {
        Path file = dir.resolve("tracking.csv");
        Files.writeString(file, text);
        return file;
    }
}
