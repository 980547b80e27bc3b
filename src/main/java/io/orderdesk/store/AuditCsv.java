package io.orderdesk.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Audit entries as CSV that Excel on a Korean PC opens correctly: a byte-order mark first (without it Excel reads the
 * file as CP949 and the Hangul turns to garbage), Korean headers and labels, Korea time. Closing it flushes but does
 * not close the underlying stream.
 */
final class AuditCsv implements AutoCloseable {

    static final String[] HEADERS = {"시각", "작업자", "작업 번호", "작업", "상품주문번호", "내용", "결과", "코드",
        "메시지", "트레이스 ID"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Seoul"));

    private final Writer writer;
    private final CSVPrinter printer;

    AuditCsv(OutputStream out) throws IOException {
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        this.printer = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader(HEADERS).get());
    }

    void write(AuditEntry entry) throws IOException {
        printer.printRecord(time(entry.at()), entry.operator(), entry.actionId(),
                entry.action() == null ? null : entry.action().label(), String.join(" ", entry.productOrderIds()),
                entry.event().label(), entry.outcome() == null ? null : entry.outcome().label(), entry.code(),
                entry.message(), entry.traceId());
    }

    @Override
    public void close() throws IOException {
        printer.flush();
        writer.flush();
    }

    private static String time(Instant at) {
        return TIME.format(at);
    }
}
