package io.orderdesk.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Reads the first sheet of an .xlsx, .xls or .csv file as text, the way couriers' label programs hand tracking
 * numbers over. The kind is told by the file's first bytes, not its name, so a workbook saved as ".csv" still
 * reads. Progress goes to a listener as a fraction from 0 to 1; the listener is called on the reading thread.
 */
public final class SheetReader {

    /** The most data rows one import accepts: more than a day of any shop this app is for. */
    public static final int MAX_ROWS = 20_000;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private SheetReader() {
    }

    /**
     * Reads {@code file}.
     *
     * @param progress told the share read so far, from 0 to 1
     * @throws TransferException when the file is not a spreadsheet, is empty, too long or unreadable
     */
    public static SheetTable read(Path file, DoubleConsumer progress) throws TransferException {
        byte[] head = new byte[4];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, 4);
        } catch (IOException e) {
            throw new TransferException(TransferException.Reason.UNREADABLE, "Cannot open " + file, e);
        }
        progress.accept(0);
        SheetTable table;
        if (length == 4 && startsWith(head, ZIP)) {
            table = XlsxSheets.read(file, progress);
        } else if (length == 4 && startsWith(head, OLE2)) {
            table = WorkbookSheets.read(file, "xls", progress);
        } else {
            table = CsvSheets.read(file, progress);
        }
        progress.accept(1);
        return table;
    }

    static void checkSize(List<String> headers, int dataRows) throws TransferException {
        if (headers.stream().allMatch(String::isBlank) || dataRows == 0) {
            throw new TransferException(TransferException.Reason.EMPTY, "No header or no data rows");
        }
    }

    static void checkLimit(int dataRows) throws TransferException {
        if (dataRows > MAX_ROWS) {
            throw new TransferException(TransferException.Reason.TOO_MANY_ROWS,
                    "More than " + MAX_ROWS + " rows");
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
