package io.orderdesk.transfer;

import java.util.List;

/**
 * The first sheet of a spreadsheet, every cell as the text the user sees in Excel: the header row and the data rows
 * below it. Blank cells are empty strings; rows are as long as the header or longer.
 *
 * @param format "xlsx", "xls" or "csv"
 * @param rows   the data rows with their 1-based row number in the file
 */
public record SheetTable(String format, List<String> headers, List<Row> rows) {

    /** One data row; {@code number} is the row number Excel shows (the header is row 1). */
    public record Row(int number, List<String> cells) {

        /** The text of cell {@code column}, empty when the column is negative or past the row's end. */
        public String cell(int column) {
            return column < 0 || column >= cells.size() ? "" : cells.get(column);
        }
    }

    public SheetTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
