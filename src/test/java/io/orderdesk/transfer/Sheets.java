package io.orderdesk.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes small workbooks the way a label program would: numbers as numeric cells in the General format. */
final class Sheets {

    private Sheets() {
    }

    /** Cells that parse as whole numbers are written as numeric cells, null as no cell at all. */
    static Path xlsx(Path file, String[]... rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("송장");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    String value = rows[r][c];
                    if (value == null) {
                        continue;
                    }
                    if (r > 0 && value.matches("[1-9]\\d{0,15}")) {
                        row.createCell(c).setCellValue(Double.parseDouble(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            workbook.dispose();
        }
        return file;
    }
}
