package io.orderdesk.transfer;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Excel workbooks through POI. Every cell goes through a {@link DataFormatter}, so a 16-digit order number stored as a
 * number comes back as its digits, never as {@code 1.23E+15}; formulas give their cached result.
 */
final class WorkbookSheets {

    private WorkbookSheets() {
    }

    static SheetTable read(Path file, String format, DoubleConsumer progress) throws TransferException {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new TransferException(TransferException.Reason.EMPTY, "No sheet");
            }
            progress.accept(0.3);
            return table(workbook.getSheetAt(0), format, progress);
        } catch (IOException | RuntimeException e) {
            throw new TransferException(TransferException.Reason.NOT_A_SPREADSHEET, "Not a readable workbook", e);
        }
    }

    private static SheetTable table(Sheet sheet, String format, DoubleConsumer progress) throws TransferException {
        DataFormatter formatter = new DataFormatter(Locale.KOREA);
        formatter.setUseCachedValuesForFormulaCells(true);
        int first = sheet.getFirstRowNum();
        int last = sheet.getLastRowNum();
        List<String> headers = first < 0 ? List.of() : cells(sheet.getRow(first), formatter, 0);
        SheetReader.checkLimit(last - first);
        List<SheetTable.Row> rows = new ArrayList<>();
        for (int index = first + 1; index <= last; index++) {
            List<String> cells = cells(sheet.getRow(index), formatter, headers.size());
            if (!cells.stream().allMatch(String::isBlank)) {
                rows.add(new SheetTable.Row(index + 1, cells));
            }
            if (index % 500 == 0) {
                progress.accept(0.3 + 0.7 * (index - first) / Math.max(1, last - first));
            }
        }
        SheetReader.checkSize(headers, rows.size());
        return new SheetTable(format, headers, rows);
    }

    private static List<String> cells(Row row, DataFormatter formatter, int width) {
        int end = row == null ? 0 : Math.max(0, row.getLastCellNum());
        List<String> cells = new ArrayList<>(Math.max(width, end));
        for (int column = 0; column < Math.max(width, end); column++) {
            Cell cell = row == null ? null : row.getCell(column);
            cells.add(cell == null ? "" : text(cell, formatter).strip());
        }
        return cells;
    }

    /**
     * The cell as Excel shows it, except that a whole number in the "General" format keeps all its digits: Excel (and
     * the formatter) would show a 16-digit order number as {@code 2.02411E+15}, which is no use to anyone.
     */
    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)
                && "General".equalsIgnoreCase(cell.getCellStyle().getDataFormatString())) {
            double value = cell.getNumericCellValue();
            if (value == Math.rint(value) && !Double.isInfinite(value)) {
                return new BigDecimal(value).toPlainString();
            }
        }
        return formatter.formatCellValue(cell);
    }
}
