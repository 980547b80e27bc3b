package io.orderdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.orderdesk.domain.ActionLineState;
import io.orderdesk.domain.OrderAction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class AuditLogTest extends OnEachDatabase {

    private static final Instant AT = Instant.parse("2026-12-01T03:00:00Z");
    private static final String AWKWARD = "송장 \"1234\" 오류,\n다시 확인";

    @Test
    void appendsAndFindsEntriesByActionAndProductOrder() {
        AuditLog log = store.auditLog();
        log.append(AuditEntry.of(AT, "김직원", 7, OrderAction.DISPATCH, List.of("2001", "2002"),
                AuditEvent.SENT, ActionLineState.SENDING, null, null, null));
        log.append(AuditEntry.of(AT.plusSeconds(1), "김직원", 7, OrderAction.DISPATCH, List.of("2002"),
                AuditEvent.ANSWERED, ActionLineState.FAILED, "104122", AWKWARD, "trace^1^2"));
        log.append(AuditEntry.of(AT.plusSeconds(2), "박과장", 8, OrderAction.CONFIRM, List.of("20021"),
                AuditEvent.SUBMITTED, ActionLineState.PENDING, null, null, null));

        assertThat(log.forAction(7)).extracting(AuditEntry::event).containsExactly(AuditEvent.SENT,
                AuditEvent.ANSWERED);
        assertThat(log.forProductOrder("2002")).extracting(AuditEntry::event, AuditEntry::message)
                .containsExactly(tuple(AuditEvent.SENT, null), tuple(AuditEvent.ANSWERED, AWKWARD));
        assertThat(log.recent(2)).extracting(AuditEntry::operator, AuditEntry::actionId)
                .containsExactly(tuple("박과장", 8L), tuple("김직원", 7L));
        AuditEntry failed = log.forAction(7).get(1);
        assertThat(failed.id()).isNotNull();
        assertThat(failed.at()).isEqualTo(AT.plusSeconds(1));
        assertThat(failed.code()).isEqualTo("104122");
        assertThat(failed.traceId()).isEqualTo("trace^1^2");
        assertThat(failed.outcome()).isEqualTo(ActionLineState.FAILED);
    }

    @Test
    void exportsCsvThatExcelReadsAsKoreanWithAwkwardValuesQuoted() throws IOException {
        AuditLog log = store.auditLog();
        log.append(AuditEntry.of(AT.minusSeconds(60), "old", 1, OrderAction.CONFIRM, List.of("1"),
                AuditEvent.SUBMITTED, ActionLineState.PENDING, null, null, null));
        log.append(AuditEntry.of(AT, "김직원, 본점", 7, OrderAction.DISPATCH, List.of("2001", "2002"),
                AuditEvent.ANSWERED, ActionLineState.FAILED, "104122", AWKWARD, "trace^1^2"));
        log.append(AuditEntry.of(AT.plusSeconds(3600), "late", 9, null, List.of(), AuditEvent.RESEND, null, null,
                null, null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int count = log.exportCsv(out, AT, AT.plusSeconds(3600));

        byte[] bytes = out.toByteArray();
        assertThat(count).isEqualTo(1);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("시각,작업자,작업 번호,작업,상품주문번호,내용,결과,코드,메시지,트레이스 ID\r\n");
        assertThat(text).contains("\"김직원, 본점\"").contains("\"송장 \"\"1234\"\" 오류,\n다시 확인\"");
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).hasSize(1);
            CSVRecord row = rows.get(0);
            assertThat(row.get("시각")).isEqualTo("2026-12-01 12:00:00");
            assertThat(row.get("작업자")).isEqualTo("김직원, 본점");
            assertThat(row.get("작업 번호")).isEqualTo("7");
            assertThat(row.get("작업")).isEqualTo("발송 처리");
            assertThat(row.get("상품주문번호")).isEqualTo("2001 2002");
            assertThat(row.get("내용")).isEqualTo("처리 결과");
            assertThat(row.get("결과")).isEqualTo("실패");
            assertThat(row.get("코드")).isEqualTo("104122");
            assertThat(row.get("메시지")).isEqualTo(AWKWARD);
            assertThat(row.get("트레이스 ID")).isEqualTo("trace^1^2");
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        assertThat(log.exportCsv(all, null, null)).isEqualTo(3);
    }
}
