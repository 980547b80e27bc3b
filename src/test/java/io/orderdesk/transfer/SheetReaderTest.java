package io.orderdesk.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetReaderTest {

    @TempDir
    Path dir;

    private final List<Double> progress = new ArrayList<>();

    @Test
    void xlsxNumbersKeepEveryDigitAndBlankCellsStayEmpty() throws Exception {
        Path file = Sheets.xlsx(dir.resolve("cj.xlsx"),
                new String[] {"상품주문번호", "받는분", "택배사", "운송장번호"},
                new String[] {"2026112712345678", "김민지", "CJ대한통운", "684512345678"},
                new String[] {"2026112799999999", null, "CJ대한통운", "0684512345679"});

        SheetTable table = SheetReader.read(file, progress::add);

        assertThat(table.format()).isEqualTo("xlsx");
        assertThat(table.headers()).containsExactly("상품주문번호", "받는분", "택배사", "운송장번호");
        assertThat(table.rows().get(0).cells()).containsExactly("2026112712345678", "김민지", "CJ대한통운",
                "684512345678");
        assertThat(table.rows().get(1).cells()).containsExactly("2026112799999999", "", "CJ대한통운",
                "0684512345679");
        assertThat(table.rows().get(1).number()).isEqualTo(3);
        assertThat(progress).startsWith(0.0).endsWith(1.0);
    }

    @Test
    void csvInUtf8WithAndWithoutBomAndInCp949() throws Exception {
        String text = "상품주문번호,택배사,송장번호\r\n2026112712345678,롯데택배,\"312345678901\"\r\n2026112700000001,,\r\n";
        Path bom = dir.resolve("bom.csv");
        Files.writeString(bom, "\uFEFF" + text, StandardCharsets.UTF_8);
        Path plain = dir.resolve("plain.csv");
        Files.writeString(plain, text, StandardCharsets.UTF_8);
        Path korean = dir.resolve("excel.csv");
        Files.write(korean, text.getBytes(Charset.forName("x-windows-949")));

        for (Path file : List.of(bom, plain, korean)) {
            SheetTable table = SheetReader.read(file, progress::add);
            assertThat(table.headers()).as(file.toString()).containsExactly("상품주문번호", "택배사", "송장번호");
            assertThat(table.rows().get(0).cells()).containsExactly("2026112712345678", "롯데택배", "312345678901");
            assertThat(table.rows().get(1).cells()).containsExactly("2026112700000001", "", "");
        }
    }

    @Test
    void semicolonsAndTabsAreFound() throws Exception {
        Path semicolons = dir.resolve("a.csv");
        Files.writeString(semicolons, "상품주문번호;송장번호\n2026112712345678;312345678901\n");
        Path tabs = dir.resolve("b.txt");
        Files.writeString(tabs, "productOrderId\ttrackingNumber\n2026112712345678\t312345678901\n");

        assertThat(SheetReader.read(semicolons, progress::add).rows().get(0).cells())
                .containsExactly("2026112712345678", "312345678901");
        assertThat(SheetReader.read(tabs, progress::add).headers()).containsExactly("productOrderId",
                "trackingNumber");
    }

    @Test
    void aPictureIsNotASpreadsheet() throws Exception {
        Path file = dir.resolve("photo.csv");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});

        assertThatThrownBy(() -> SheetReader.read(file, progress::add))
                .isInstanceOfSatisfying(TransferException.class,
                        e -> assertThat(e.reason()).isEqualTo(TransferException.Reason.NOT_A_SPREADSHEET));
    }

    @Test
    void aBrokenWorkbookIsNotASpreadsheet() throws Exception {
        Path file = dir.resolve("broken.xlsx");
        Files.write(file, new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5});

        assertThatThrownBy(() -> SheetReader.read(file, progress::add))
                .isInstanceOfSatisfying(TransferException.class,
                        e -> assertThat(e.reason()).isEqualTo(TransferException.Reason.NOT_A_SPREADSHEET));
    }

    @Test
    void aSheetWithoutDataRowsIsEmpty() throws Exception {
        Path headerOnly = Sheets.xlsx(dir.resolve("header.xlsx"), new String[] {"상품주문번호", "송장번호"});
        Path nothing = Sheets.xlsx(dir.resolve("nothing.xlsx"));
        Path emptyCsv = dir.resolve("empty.csv");
        Files.writeString(emptyCsv, "");

        for (Path file : List.of(headerOnly, nothing, emptyCsv)) {
            assertThatThrownBy(() -> SheetReader.read(file, progress::add)).as(file.toString())
                    .isInstanceOfSatisfying(TransferException.class,
                            e -> assertThat(e.reason()).isEqualTo(TransferException.Reason.EMPTY));
        }
    }

    @Test
    void twentyThousandRowsReadQuicklyWithProgressAndOneMoreIsTooMany() throws Exception {
        String[][] rows = new String[SheetReader.MAX_ROWS + 1][];
        rows[0] = new String[] {"상품주문번호", "택배사", "운송장번호"};
        for (int i = 1; i < rows.length; i++) {
            rows[i] = new String[] {String.valueOf(2026112700000000L + i), "CJ대한통운",
                String.valueOf(684500000000L + i)};
        }
        Path file = Sheets.xlsx(dir.resolve("big.xlsx"), rows);

        long start = System.nanoTime();
        SheetTable table = SheetReader.read(file, progress::add);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(table.rows()).hasSize(SheetReader.MAX_ROWS);
        assertThat(table.rows().get(19_999).cells()).containsExactly("2026112700020000", "CJ대한통운",
                "684500020000");
        assertThat(millis).isLessThan(5_000);
        assertThat(progress.size()).isGreaterThan(10);
        assertThat(progress).isSorted();

        StringBuilder csv = new StringBuilder("상품주문번호,송장번호\n");
        for (int i = 0; i <= SheetReader.MAX_ROWS; i++) {
            csv.append(2026112700000000L + i).append(',').append(684500000000L + i).append('\n');
        }
        Path tooMany = dir.resolve("too-many.csv");
        Files.writeString(tooMany, csv);
        assertThatThrownBy(() -> SheetReader.read(tooMany, progress::add))
                .isInstanceOfSatisfying(TransferException.class,
                        e -> assertThat(e.reason()).isEqualTo(TransferException.Reason.TOO_MANY_ROWS));
    }
}
