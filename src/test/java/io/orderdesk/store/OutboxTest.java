package io.orderdesk.store;

import static io.orderdesk.domain.ActionLineState.DONE;
import static io.orderdesk.domain.ActionLineState.FAILED;
import static io.orderdesk.domain.ActionLineState.PENDING;
import static io.orderdesk.domain.ActionLineState.SENDING;
import static io.orderdesk.domain.ActionLineState.SKIPPED;
import static io.orderdesk.domain.ActionLineState.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.orderdesk.domain.OrderAction;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OutboxTest extends OnEachDatabase {

    private static final Instant AT = Instant.parse("2026-12-01T03:00:00.123Z");
    private static final Instant LATER = AT.plusSeconds(5);
    private static final LineBaseline BASE = new LineBaseline("PAYED", "OK", null, null, null, false, false, "k1");

    @Test
    void submitWritesTheActionItsPendingLinesAndAnAuditEntry() {
        long id = submit(OrderAction.DISPATCH, "김직원", "2001", "2002");

        OutboxAction action = store.outbox().action(id).orElseThrow();
        assertThat(action.action()).isEqualTo(OrderAction.DISPATCH);
        assertThat(action.operator()).isEqualTo("김직원");
        assertThat(action.createdAt()).isEqualTo(AT);
        assertThat(action.lineCount()).isEqualTo(2);
        assertThat(action.count(PENDING)).isEqualTo(2);
        assertThat(action.isSettled()).isFalse();
        List<OutboxLine> lines = store.outbox().lines(id);
        assertThat(lines).extracting(OutboxLine::productOrderId, OutboxLine::state, OutboxLine::attempts,
                OutboxLine::inputJson).containsExactly(tuple("2001", PENDING, 0, "{\"n\":\"2001\"}"),
                tuple("2002", PENDING, 0, "{\"n\":\"2002\"}"));
        assertThat(lines.get(0).baseline()).isEqualTo(BASE);
        assertThat(lines.get(0).baseline().facts().isPlaceOrderConfirmed()).isTrue();
        assertThat(store.auditLog().forAction(id)).hasSize(1).first()
                .satisfies(entry -> {
                    assertThat(entry.event()).isEqualTo(AuditEvent.SUBMITTED);
                    assertThat(entry.operator()).isEqualTo("김직원");
                    assertThat(entry.productOrderIds()).containsExactly("2001", "2002");
                    assertThat(entry.action()).isEqualTo(OrderAction.DISPATCH);
                    assertThat(entry.at()).isEqualTo(AT);
                });
    }

    @Test
    void aSubmitThatFailsWritesNothing() {
        NewAction twice = new NewAction(OrderAction.CONFIRM, "김직원", AT, List.of(line("2001"), line("2001")));

        assertThatThrownBy(() -> store.outbox().submit(twice)).isInstanceOf(StoreException.class);

        assertThat(store.outbox().recent(10)).isEmpty();
        assertThat(store.auditLog().recent(10)).isEmpty();
    }

    @Test
    void batchesFollowSubmitOrderAndTheActionsLimit() {
        long confirm = submit(OrderAction.CONFIRM, "a", IntStream.range(0, 35).mapToObj(i -> "30" + (10 + i))
                .toArray(String[]::new));
        long delay = submit(OrderAction.DELAY, "b", "4001", "4002");

        List<OutboxLine> first = store.outbox().nextBatch();
        assertThat(first).hasSize(30).allSatisfy(line -> assertThat(line.actionId()).isEqualTo(confirm));
        assertThat(first.get(0).productOrderId()).isEqualTo("3010");
        store.outbox().claim(ids(first), LATER);
        List<OutboxLine> second = store.outbox().nextBatch();
        assertThat(second).extracting(OutboxLine::productOrderId).containsExactly("3040", "3041", "3042", "3043",
                "3044");
        store.outbox().claim(ids(second), LATER);
        assertThat(store.outbox().nextBatch()).extracting(OutboxLine::actionId, OutboxLine::productOrderId)
                .containsExactly(tuple(delay, "4001"));
        assertThat(store.outbox().recent(10)).extracting(OutboxAction::id).containsExactly(delay, confirm);
        assertThat(store.outbox().recent(1)).extracting(OutboxAction::id).containsExactly(delay);
    }

    @Test
    void aLineIsClaimedOnceAndItsVerdictStoredOnce() {
        long id = submit(OrderAction.CONFIRM, "김직원", "2001", "2002", "2003");
        List<Long> lines = ids(store.outbox().lines(id));

        List<OutboxLine> claimed = store.outbox().claim(lines.subList(0, 2), LATER);
        List<OutboxLine> again = store.outbox().claim(lines, LATER);
        int answered = store.outbox().answer(List.of(
                new LineOutcome(lines.get(0), DONE, null, null, "trace-1", null, true),
                new LineOutcome(lines.get(1), FAILED, "104442", "상품 주문 상태 확인 필요", "trace-1", null, null),
                new LineOutcome(lines.get(2), DONE, null, null, "trace-2", null, null)), LATER);

        assertThat(claimed).extracting(OutboxLine::state, OutboxLine::attempts, OutboxLine::sentAt)
                .containsOnly(tuple(SENDING, 1, LATER));
        assertThat(again).extracting(OutboxLine::productOrderId).containsExactly("2003");
        assertThat(answered).isEqualTo(3);
        assertThat(store.outbox().lines(id)).extracting(OutboxLine::state, OutboxLine::resultCode,
                OutboxLine::resultMessage, OutboxLine::traceId, OutboxLine::receiverAddressChanged)
                .containsExactly(tuple(DONE, null, null, "trace-1", true),
                        tuple(FAILED, "104442", "상품 주문 상태 확인 필요", "trace-1", null),
                        tuple(DONE, null, null, "trace-2", null));
        assertThat(store.outbox().answer(List.of(LineOutcome.noted(lines.get(0), FAILED, "late")), LATER)).isZero();
        assertThat(store.outbox().action(id).orElseThrow().isSettled()).isTrue();
        assertThat(store.auditLog().forAction(id)).extracting(AuditEntry::event, AuditEntry::outcome,
                AuditEntry::code, AuditEntry::traceId).containsExactly(
                tuple(AuditEvent.SUBMITTED, PENDING, null, null),
                tuple(AuditEvent.SENT, SENDING, null, null),
                tuple(AuditEvent.SENT, SENDING, null, null),
                tuple(AuditEvent.ANSWERED, DONE, null, "trace-1"),
                tuple(AuditEvent.ANSWERED, FAILED, "104442", "trace-1"),
                tuple(AuditEvent.ANSWERED, DONE, null, "trace-2"));
    }

    @Test
    void skippedNotSentInterruptedAndSettledLinesMoveOnlyFromTheirState() {
        long id = submit(OrderAction.DISPATCH, "김직원", "2001", "2002", "2003", "2004");
        List<Long> lines = ids(store.outbox().lines(id));

        store.outbox().skip(List.of(LineOutcome.noted(lines.get(0), SKIPPED, "클레임 접수됨")), LATER);
        store.outbox().claim(lines.subList(1, 4), LATER);
        int back = store.outbox().notSent(List.of(lines.get(1)), "HTTP 503", "점검 중", LATER);
        List<OutboxLine> interrupted = store.outbox().interrupted("앱 종료", LATER);
        int settled = store.outbox().settle(List.of(
                new LineOutcome(lines.get(2), DONE, null, null, null, "재조회로 반영 확인", null),
                LineOutcome.noted(lines.get(1), DONE, "not unknown")), LATER);

        assertThat(back).isEqualTo(1);
        assertThat(interrupted).extracting(OutboxLine::productOrderId, OutboxLine::state)
                .containsExactly(tuple("2003", UNKNOWN), tuple("2004", UNKNOWN));
        assertThat(settled).isEqualTo(1);
        assertThat(store.outbox().lines(id)).extracting(OutboxLine::state, OutboxLine::attempts, OutboxLine::note,
                OutboxLine::resultCode).containsExactly(tuple(SKIPPED, 0, "클레임 접수됨", null),
                tuple(PENDING, 0, null, "HTTP 503"), tuple(DONE, 1, "재조회로 반영 확인", null),
                tuple(UNKNOWN, 1, "앱 종료", null));
        assertThat(store.outbox().linesIn(UNKNOWN)).extracting(OutboxLine::productOrderId).containsExactly("2004");
        assertThat(store.outbox().action(id).orElseThrow().counts()).containsOnly(
                Map.entry(SKIPPED, 1), Map.entry(PENDING, 1), Map.entry(DONE, 1), Map.entry(UNKNOWN, 1));
        assertThat(store.auditLog().forProductOrder("2004")).extracting(AuditEntry::event)
                .containsExactly(AuditEvent.SUBMITTED, AuditEvent.SENT, AuditEvent.INTERRUPTED);
    }

    @Test
    void resendTakesFailedAndUnknownLinesWithNewInputAndRefusesTheRest() {
        long id = submit(OrderAction.DISPATCH, "김직원", "2001", "2002", "2003");
        List<Long> lines = ids(store.outbox().lines(id));
        store.outbox().claim(lines, LATER);
        store.outbox().answer(List.of(new LineOutcome(lines.get(0), FAILED, "104122", "송장 오류", "t", null, null),
                LineOutcome.noted(lines.get(1), UNKNOWN, "응답 없음"),
                new LineOutcome(lines.get(2), DONE, null, null, "t", null, null)), LATER);
        Map<String, String> withDone = new HashMap<>();
        withDone.put("2001", null);
        withDone.put("2003", null);

        assertThatThrownBy(() -> store.outbox().resend(id, "박과장", withDone, LATER))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2003");
        assertThatThrownBy(() -> store.outbox().resend(id, "박과장", Map.of("9999", "{}"), LATER))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("9999");
        assertThat(store.outbox().lines(id)).extracting(OutboxLine::state).containsExactly(FAILED, UNKNOWN, DONE);
        Map<String, String> resend = new HashMap<>();
        resend.put("2001", "{\"fixed\":true}");
        resend.put("2002", null);
        List<OutboxLine> again = store.outbox().resend(id, "박과장", resend, LATER);

        assertThat(again).extracting(OutboxLine::productOrderId, OutboxLine::state, OutboxLine::inputJson,
                OutboxLine::resultCode, OutboxLine::attempts).containsExactly(
                tuple("2001", PENDING, "{\"fixed\":true}", null, 1),
                tuple("2002", PENDING, "{\"n\":\"2002\"}", null, 1));
        assertThat(store.auditLog().forAction(id)).last().satisfies(entry -> {
            assertThat(entry.event()).isEqualTo(AuditEvent.RESEND);
            assertThat(entry.operator()).isEqualTo("박과장");
            assertThat(entry.productOrderIds()).containsExactly("2001", "2002");
        });
        assertThat(store.outbox().nextBatch()).extracting(OutboxLine::productOrderId).containsExactly("2001", "2002");
    }

    private long submit(OrderAction action, String operator, String... ids) {
        return store.outbox().submit(new NewAction(action, operator, AT,
                Arrays.stream(ids).map(OutboxTest::line).toList()));
    }

    private static NewAction.Line line(String id) {
        return new NewAction.Line(id, "{\"n\":\"" + id + "\"}", BASE);
    }

    private static List<Long> ids(List<OutboxLine> lines) {
        return lines.stream().map(OutboxLine::id).toList();
    }
}
