package io.orderdesk.actions;

import static io.orderdesk.domain.ActionLineState.DONE;
import static io.orderdesk.domain.ActionLineState.FAILED;
import static io.orderdesk.domain.ActionLineState.PENDING;
import static io.orderdesk.domain.ActionLineState.SKIPPED;
import static io.orderdesk.domain.ActionLineState.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.store.LineBaseline;
import io.orderdesk.store.LineOutcome;
import io.orderdesk.store.OrderSummary;
import io.orderdesk.store.OutboxLine;
import io.orderdesk.store.Store;
import io.orderdesk.store.StoredProductOrder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service's own rules, without the network: what a draft must look like, baselines, resend, listeners. */
class ActionServiceTest {

    private static final Instant AT = Instant.parse("2026-12-01T03:00:00Z");
    private static final String DETAIL = "{\"order\":{\"orderId\":\"9001\"},\"productOrder\":{\"productOrderId\":\"1001\","
            + "\"shippingAddress\":{\"zipCode\":\"04524\",\"baseAddress\":\"서울특별시 중구 세종대로 110\","
            + "\"detailedAddress\":\"3층\",\"name\":\"홍길동\",\"tel1\":\"010-1234-5678\"}}}";

    @TempDir
    Path dir;
    private Store store;
    private ActionService service;

    @BeforeEach
    void open() {
        store = Store.openLocal(dir);
        service = new ActionService(store, Optional::empty, Clock.fixed(AT, ZoneOffset.UTC),
                new Backoff(Duration.ofMillis(50), Duration.ofMillis(100)));
    }

    @AfterEach
    void close() {
        service.close();
        store.close();
    }

    @Test
    void aMalformedDraftIsRefusedWithAKoreanReasonAndNothingIsWritten() {
        ActionInput parcel = parcel();
        assertThatThrownBy(() -> service.submit(new ActionDraft(OrderAction.CONFIRM, "김직원", List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("보낼 상품주문이 없습니다");
        assertThatThrownBy(() -> service.submit(new ActionDraft(OrderAction.DISPATCH, "김직원", List.of(
                new DraftLine("1001", parcel), new DraftLine("1001", parcel)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1001");
        assertThatThrownBy(() -> service.submit(new ActionDraft(OrderAction.CONFIRM, "김직원", List.of(
                new DraftLine("1001", parcel)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("발주 확인");
        assertThatThrownBy(() -> service.submit(new ActionDraft(OrderAction.DISPATCH, "김직원", List.of(
                new DraftLine(" ", parcel))))).isInstanceOf(IllegalArgumentException.class);

        assertThat(service.recentActions(10)).isEmpty();
        assertThat(store.auditLog().recent(10)).isEmpty();
    }

    @Test
    void eachLineKeepsItsOrdersStoredStateAsTheBaselineForTheCheckBeforeSending() {
        store.productOrders().upsert(List.of(new StoredProductOrder(summary("1001"), DETAIL)));

        long id = service.submit(new ActionDraft(OrderAction.DISPATCH, "김직원", List.of(
                new DraftLine("1001", parcel()), new DraftLine("1002", parcel()))));

        List<OutboxLine> lines = store.outbox().lines(id);
        assertThat(lines.get(0).baseline()).isEqualTo(new LineBaseline("PAYED", "OK", null, null, null, false, true,
                AddressKey.of(DETAIL)));
        assertThat(lines.get(0).baseline().addressKey()).hasSize(64);
        assertThat(lines.get(1).baseline()).isEqualTo(LineBaseline.NONE);
        assertThat(service.lines(id)).extracting(ActionLine::productOrderId, ActionLine::state)
                .containsExactly(tuple("1001", PENDING),
                        tuple("1002", PENDING));
        assertThat(service.action(id).orElseThrow().operator()).isEqualTo("김직원");
    }

    @Test
    void onlyFailedAndUnknownLinesCanBeResentAndARefusalChangesNothing() {
        long id = service.submit(new ActionDraft(OrderAction.DISPATCH, "김직원", List.of(new DraftLine("1", parcel()),
                new DraftLine("2", parcel()), new DraftLine("3", parcel()), new DraftLine("4", parcel()))));
        List<Long> ids = store.outbox().lines(id).stream().map(OutboxLine::id).toList();
        store.outbox().skip(List.of(LineOutcome.noted(ids.get(3), SKIPPED, "클레임 접수됨")), AT);
        store.outbox().claim(ids.subList(0, 3), AT);
        store.outbox().answer(List.of(LineOutcome.noted(ids.get(0), DONE, null),
                new LineOutcome(ids.get(1), FAILED, "104122", "송장 오류", "t", null, null),
                LineOutcome.noted(ids.get(2), UNKNOWN, "응답 없음")), AT);

        assertThatThrownBy(() -> service.resend(id, "박과장", Map.of("1", parcel())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("완료");
        assertThatThrownBy(() -> service.resend(id, "박과장", Map.of("4", parcel())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("제외됨");
        assertThatThrownBy(() -> service.resend(id, "박과장", Map.of("2", ActionInput.None.INSTANCE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(service.lines(id)).extracting(ActionLine::state).containsExactly(DONE, FAILED, UNKNOWN, SKIPPED);
        assertThat(service.lines(id)).extracting(ActionLine::canResend).containsExactly(false, true, true, false);

        Map<String, ActionInput> resend = new HashMap<>();
        resend.put("2", parcel());
        resend.put("3", null);
        service.resend(id, resend);

        assertThat(service.lines(id)).extracting(ActionLine::state).containsExactly(DONE, PENDING, PENDING, SKIPPED);
        assertThat(store.auditLog().forAction(id)).last().satisfies(entry -> assertThat(entry.operator())
                .isEqualTo("김직원"));
    }

    @Test
    void withoutAConnectionTheSenderWaitsTellsItsListenersAndStopsPromptly() {
        List<String> heard = new CopyOnWriteArrayList<>();
        List<SenderStatus> statuses = new CopyOnWriteArrayList<>();
        service.addListener(new ActionListener() {
            @Override
            public void linesChanged(long actionId) {
                heard.add(actionId + "@" + Thread.currentThread().getName());
            }

            @Override
            public void statusChanged(SenderStatus status) {
                statuses.add(status);
            }
        });
        service.start();
        long id = service.submit(new ActionDraft(OrderAction.CONFIRM, "김직원", List.of(
                new DraftLine("1001", ActionInput.None.INSTANCE))));

        OutboxSandbox.await(() -> !heard.isEmpty() && !statuses.isEmpty(), "the sender to report");
        long started = System.nanoTime();
        service.close();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(heard).containsExactly(id + "@od-actions");
        assertThat(statuses).extracting(SenderStatus::problem).containsExactly(Sender.NOT_CONFIGURED);
        assertThat(statuses.get(0).waitingSince()).isEqualTo(AT);
        assertThat(service.lines(id).get(0).state()).isEqualTo(PENDING);
    }

    @Test
    void theAuditLogIsExportedToAFileExcelOpensInKorean() throws IOException {
        long id = service.submit(new ActionDraft(OrderAction.CONFIRM, "김직원", List.of(
                new DraftLine("1001", ActionInput.None.INSTANCE), new DraftLine("1002", ActionInput.None.INSTANCE))));
        Path file = dir.resolve("감사 기록.csv");

        int written = service.exportAudit(file, AT, AT.plusSeconds(1));

        byte[] bytes = Files.readAllBytes(file);
        assertThat(written).isEqualTo(1);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF시각,작업자,작업 번호,작업,상품주문번호,"
                + "내용,결과,코드,메시지,트레이스 ID\r\n2026-12-01 12:00:00,김직원," + id + ",발주 확인,1001 1002,작업 접수,"
                + "대기,,,\r\n");
        assertThat(service.exportAudit(file, AT.plusSeconds(1), null)).isZero();
    }

    private static ActionInput.Dispatch parcel() {
        return new ActionInput.Dispatch(DeliveryMethod.DIRECT_DELIVERY, null, null, AT);
    }

    private static OrderSummary summary(String id) {
        return new OrderSummary(id, "9001", "PAYED", "OK", null, null, null, AT, AT, AT, "PAYED", null, null,
                "홍길동", "5678", "홍길동", "5678", "니트", null, 1, 39_000L, null, null, true, null, false, null);
    }
}
