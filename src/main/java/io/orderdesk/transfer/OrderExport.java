package io.orderdesk.transfer;

import io.orderdesk.store.OrderSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes order rows to .xlsx or .csv with the columns the caller chooses. Every value is written as text (Excel's
 * "@" format), so order and tracking numbers keep all their digits and leading zeros; the caller formats numbers and
 * dates (see {@link #koreaTime}). CSV is UTF-8 with a byte-order mark, which Korean Excel needs to show Hangul.
 */
public final class OrderExport {

    /** One exported column: its header and how to get a row's value (null for a blank cell). */
    public record Column(String header, Function<OrderSummary, String> value) {
    }

    private static final DateTimeFormatter KOREA_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Seoul"));
    private static final int MAX_WIDTH_CHARS = 50;

    private OrderExport() {
    }

    /** {@code instant} as Korea time text ({@code 2026-11-28 09:30:00}); null stays null. */
    public static String koreaTime(Instant instant) {
        return instant == null ? null : KOREA_TIME.format(instant);
    }

    /** Writes an .xlsx workbook with one sheet: a bold header row, then one text row per order. */
    public static void writeXlsx(List<OrderSummary> rows, List<Column> columns, Path file) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet("주문");
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle header = workbook.createCellStyle();
            header.cloneStyleFrom(text);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            int[] widths = new int[columns.size()];
            Row head = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                cell(head, c, columns.get(c).header(), header, widths);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < columns.size(); c++) {
                    cell(row, c, columns.get(c).value().apply(rows.get(r)), text, widths);
                }
            }
            widths(sheet, widths);
            sheet.createFreezePane(0, 1);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            workbook.dispose();
        }
    }

    /** Writes a UTF-8 CSV file with a byte-order mark and a header row. */
    public static void writeCsv(List<OrderSummary> rows, List<Column> columns, Path file) throws IOException {
        List<String> headers = columns.stream().map(Column::header).toList();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(writer,
                    CSVFormat.DEFAULT.builder().setHeader(headers.toArray(String[]::new)).get())) {
                for (OrderSummary row : rows) {
                    List<String> values = new ArrayList<>(columns.size());
                    columns.forEach(column -> values.add(column.value().apply(row)));
                    csv.printRecord(values);
                }
            }
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style, int[] widths) {
        var cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
            widths[column] = Math.max(widths[column], displayWidth(value));
        }
    }

    private static void widths(Sheet sheet, int[] widths) {
        for (int c = 0; c < widths.length; c++) {
            int chars = Math.min(MAX_WIDTH_CHARS, Math.max(6, widths[c] + 2));
            sheet.setColumnWidth(c, chars * 256);
        }
    }

    /** Width in Excel character units: Hangul and other wide characters take about two. */
    static int displayWidth(String text) {
        return text.codePoints().map(cp -> cp >= 0x1100 ? 2 : 1).sum();
    }
}
