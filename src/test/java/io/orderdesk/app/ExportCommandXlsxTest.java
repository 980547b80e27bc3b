package io.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.store.OrderSummary;
import io.orderdesk.store.StoredProductOrder;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandXlsxTest {

    @TempDir
    Path home;

    @Test
    void xlsxHoldsTheCsvColumnsAsTextCells() throws Exception {
        OrderSummary summary = new OrderSummary("2026112812345678", "2026112800001111", "DELIVERING", "OK", null,
                null, null, null, null, Instant.parse("2026-11-28T01:02:03Z"), null, null, null, "김민지", null, null,
                null, "무선 키보드", null, 2, 59_000L, "CJGLS", "0684512345678", false, null, false, null);
        Path file = home.resolve("orders.xlsx");

        int count = ExportCommand.writeXlsx(List.of(new StoredProductOrder(summary, "{}")).iterator(), file);

        assertThat(count).isEqualTo(1);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Row header = workbook.getSheetAt(0).getRow(0);
            Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("productOrderId");
            assertThat(header.getCell(12).getStringCellValue()).isEqualTo("lastChangedDate");
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("2026112812345678");
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("김민지");
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo("2");
            assertThat(row.getCell(11).getStringCellValue()).isEqualTo("0684512345678");
            assertThat(row.getCell(12).getStringCellValue()).startsWith("2026-11-28T10:02:03");
        }
    }

    @Test
    void theCommandWritesXlsxFromTheStore() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path file = home.resolve("empty.xlsx");

        int code = ExportCommand.run(new String[] {"--format", "xlsx", "--out", file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("ORDERDESK_HOME", home.toString()));

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("0 product orders written");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("orderId");
        }
    }
}
