package io.orderdesk.transfer;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as Korean Excel and label programs write it: UTF-8 with or without a byte-order mark, or CP949 (Korean Excel's
 * "CSV" is CP949, a superset of EUC-KR); separated by commas, semicolons or tabs, whichever the header row uses most.
 */
final class CsvSheets {

    static final Charset CP949 = Charset.forName("x-windows-949");

    private CsvSheets() {
    }

    static SheetTable read(Path file, DoubleConsumer progress) throws TransferException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TransferException(TransferException.Reason.UNREADABLE, "Cannot read " + file, e);
        }
        String text = decode(bytes);
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<String> headers = null;
        List<SheetTable.Row> rows = new ArrayList<>();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>();
                record.forEach(cell -> cells.add(cell.strip()));
                if (headers == null) {
                    headers = cells;
                } else if (!cells.stream().allMatch(String::isBlank)) {
                    SheetReader.checkLimit(rows.size() + 1);
                    rows.add(new SheetTable.Row((int) record.getRecordNumber(), cells));
                }
                if (record.getRecordNumber() % 1000 == 0) {
                    progress.accept(Math.min(0.99, (double) record.getCharacterPosition() / text.length()));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new TransferException(TransferException.Reason.NOT_A_SPREADSHEET, "Not a CSV file", e);
        }
        SheetReader.checkSize(headers == null ? List.of() : headers, rows.size());
        return new SheetTable("csv", headers, rows);
    }

    /** The text of the file; a file with NUL bytes or that is neither UTF-8 nor CP949 is not a CSV file. */
    static String decode(byte[] bytes) throws TransferException {
        int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new TransferException(TransferException.Reason.NOT_A_SPREADSHEET, "Binary file");
            }
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, bom, bytes.length - bom);
        try {
            return strict(StandardCharsets.UTF_8).decode(buffer).toString();
        } catch (CharacterCodingException notUtf8) {
            if (bom > 0) {
                throw new TransferException(TransferException.Reason.NOT_A_SPREADSHEET, "Broken UTF-8", notUtf8);
            }
            try {
                return strict(CP949).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException notCp949) {
                throw new TransferException(TransferException.Reason.NOT_A_SPREADSHEET, "Unknown encoding",
                        notCp949);
            }
        }
    }

    /** The separator used most in the first line: comma, semicolon or tab (comma on a tie). */
    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = first.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = first.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }

    private static java.nio.charset.CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
