package io.orderdesk.transfer;

import static io.orderdesk.transfer.PreviewClass.DUPLICATE;
import static io.orderdesk.transfer.PreviewClass.INVALID_NUMBER;
import static io.orderdesk.transfer.PreviewClass.MATCHED;
import static io.orderdesk.transfer.PreviewClass.UNKNOWN_CARRIER;
import static io.orderdesk.transfer.PreviewClass.UNKNOWN_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The committed samples in assets/samples read, map and classify as their rows intend. */
class SampleFilesTest {

    static final Path SAMPLES = Path.of("assets/samples");

    private final Orders store = new Orders();

    SampleFilesTest() {
        SampleFiles.KNOWN.forEach(id -> store.add(Orders.ready(id, "O" + id)));
    }

    @Test
    void cjWorkbook() throws Exception {
        SheetTable table = SheetReader.read(SAMPLES.resolve("cj-tracking-numbers.xlsx"), share -> { });
        ColumnMapping mapping = ColumnMapping.detect(table.headers());

        assertThat(mapping).isEqualTo(new ColumnMapping(4, 7, 8));
        assertThat(table.rows().get(0).cells()).containsExactly("오더데스크", "김민지", "010-1234-5678",
                "서울특별시 강남구 테헤란로 1", "2026112810000001", "무선 키보드", "1", "CJ대한통운", "684512345601",
                "문 앞에 놓아 주세요");
        assertThat(table.rows().get(2).cell(2)).isEmpty();
        assertThat(ImportPreview.classify(table, mapping, null, store)).extracting(PreviewRow::kind)
                .containsExactly(MATCHED, DUPLICATE, UNKNOWN_CARRIER, INVALID_NUMBER, UNKNOWN_ORDER, DUPLICATE);
    }

    @Test
    void koreanExcelCsv() throws Exception {
        SheetTable table = SheetReader.read(SAMPLES.resolve("tracking-numbers-cp949.csv"), share -> { });

        assertThat(table.headers()).containsExactly("상품주문번호", "택배사", "송장번호", "받는분");
        assertThat(ImportPreview.classify(table, ColumnMapping.detect(table.headers()), null, store))
                .extracting(PreviewRow::kind).containsExactly(MATCHED, MATCHED, INVALID_NUMBER, UNKNOWN_ORDER);
    }

    @Test
    void utf8CsvWithApiNames() throws Exception {
        SheetTable table = SheetReader.read(SAMPLES.resolve("tracking-numbers-utf8.csv"), share -> { });

        assertThat(table.rows().get(0).cell(3)).isEqualTo("쉼표, 따옴표 \"포함\" 메모");
        List<PreviewRow> preview = ImportPreview.classify(table, ColumnMapping.detect(table.headers()), null, store);
        assertThat(preview).extracting(PreviewRow::kind).containsExactly(MATCHED, MATCHED, MATCHED);
        assertThat(preview.get(2).trackingNumber()).isEqualTo("6012345678903");
    }
}
