package io.orderdesk.actions;

import static io.orderdesk.domain.ActionLineState.DONE;
import static io.orderdesk.domain.ActionLineState.FAILED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.CancelRequestReason;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.sandbox.server.CallRecord;
import io.orderdesk.store.AuditEntry;
import io.orderdesk.store.AuditEvent;
import io.orderdesk.store.OutboxLine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Batching, per-line verdicts, refused calls, resending by hand, and listeners. */
class BatchingAndResultsTest extends SandboxOutboxTest {

    @Test
    void sixtyFiveConfirmationsGoOutInThreeCallsOfAtMostThirtyInSubmitOrder() {
        List<String> ids = new ArrayList<>();
        ids.add(fx.createOne("PAYED"));
        fx.event(ids.get(0), "ADDRESS_CHANGE");
        ids.addAll(fx.create("PAYED", 64));
        long id = service.submit(OutboxSandbox.draft(OrderAction.CONFIRM, ids, ActionInput.None.INSTANCE));

        service.start();

        assertThat(fx.awaitSettled(service, id).count(DONE)).isEqualTo(65);
        List<CallRecord> confirms = fx.sandbox.calls().calls().stream()
                .filter(call -> "CONFIRM".equals(call.endpoint())).toList();
        assertThat(confirms).extracting(call -> call.productOrderIds().size()).containsExactly(30, 30, 5);
        List<String> sent = new ArrayList<>();
        confirms.forEach(call -> sent.addAll(call.productOrderIds()));
        assertThat(sent).containsExactlyElementsOf(ids);
        List<OutboxLine> lines = service.lines(id).stream().map(ActionLine::line).toList();
        assertThat(lines).extracting(OutboxLine::receiverAddressChanged).containsOnly(false, true)
                .filteredOn(changed -> changed).hasSize(1);
        assertThat(lines.get(0).receiverAddressChanged()).isTrue();
        assertThat(lines).extracting(OutboxLine::traceId).containsOnlyElementsOf(confirms.stream()
                .map(CallRecord::traceId).toList());
        assertThat(ids).allSatisfy(poid -> assertThat(OutboxSandbox.stored(store, poid).placeOrderStatus())
                .isEqualTo("OK"));
    }

    @Test
    void eachLineKeepsItsOwnVerdictInAPartlySuccessfulDispatchAndIsResentByHand() {
        List<String> ids = fx.create("CONFIRMED", 3);
        ActionInput.Dispatch good = fx.parcel();
        ActionInput.Dispatch badTracking = new ActionInput.Dispatch(DeliveryMethod.DELIVERY, DeliveryCompany.CJGLS,
                "12", fx.now());
        ActionInput.Dispatch noCarrier = new ActionInput.Dispatch(DeliveryMethod.DELIVERY, null,
                OutboxSandbox.newTracking(), fx.now());
        long id = service.submit(new ActionDraft(OrderAction.DISPATCH, "김직원", List.of(
                new DraftLine(ids.get(0), good), new DraftLine(ids.get(1), badTracking),
                new DraftLine(ids.get(2), noCarrier))));

        service.start();
        fx.awaitSettled(service, id);

        CallRecord call = fx.calls("DISPATCH", ids.get(0)).get(0);
        assertThat(lines(id)).extracting(OutboxLine::state, OutboxLine::resultCode, OutboxLine::traceId)
                .containsExactly(tuple(DONE, null, call.traceId()), tuple(FAILED, "104122", call.traceId()),
                        tuple(FAILED, "104118", call.traceId()));
        assertThat(lines(id).get(1).resultMessage()).isNotBlank();
        assertThat(OutboxSandbox.stored(store, ids.get(0)).productOrderStatus()).isEqualTo("DELIVERING");
        assertThat(OutboxSandbox.stored(store, ids.get(1)).productOrderStatus()).isEqualTo("PAYED");
        assertThat(store.auditLog().forProductOrder(ids.get(1))).extracting(AuditEntry::event, AuditEntry::code)
                .containsExactly(tuple(AuditEvent.SUBMITTED, null), tuple(AuditEvent.SENT, null),
                        tuple(AuditEvent.ANSWERED, "104122"));

        service.wake();
        pause();
        assertThat(fx.sandbox.calls().calls()).filteredOn(c -> "DISPATCH".equals(c.endpoint())).hasSize(1);
        assertThatThrownBy(() -> service.resend(id, "박과장", Map.of(ids.get(0), fx.parcel())))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> service.resend(id, "박과장", Map.of(ids.get(1), ActionInput.None.INSTANCE)))
                .isInstanceOf(IllegalArgumentException.class);

        ActionInput.Dispatch fixed = fx.parcel();
        service.resend(id, "박과장", Map.of(ids.get(1), fixed));
        OutboxSandbox.await(() -> lines(id).get(1).state() == DONE, "the resent line to be done");

        assertThat(lines(id).get(1).attempts()).isEqualTo(2);
        assertThat(service.lines(id).get(1).input()).isEqualTo(fixed);
        assertThat(OutboxSandbox.stored(store, ids.get(1)).trackingNumber()).isEqualTo(fixed.trackingNumber());
        assertThat(lines(id).get(2).state()).isEqualTo(FAILED);
        assertThat(store.auditLog().forProductOrder(ids.get(1))).extracting(AuditEntry::event, AuditEntry::operator)
                .contains(tuple(AuditEvent.RESEND, "박과장"));
    }

    @Test
    void aRequestNaverRefusesAsAWholeFailsItsLineWithTheReasonAndIsNotRetried() {
        String id = fx.createOne("CONFIRMED");
        long action = service.submit(OutboxSandbox.draft(OrderAction.CANCEL_REQUEST, List.of(id),
                new ActionInput.CancelRequest(CancelRequestReason.SOLD_OUT, "가".repeat(501), null)));

        service.start();
        fx.awaitSettled(service, action);
        service.wake();
        pause();

        OutboxLine line = lines(action).get(0);
        assertThat(line.state()).isEqualTo(FAILED);
        assertThat(line.resultCode()).isEqualTo("4000");
        assertThat(line.resultMessage()).contains("네이버페이");
        assertThat(line.traceId()).isEqualTo(fx.calls("CANCEL_REQUEST", id).get(0).traceId());
        assertThat(fx.calls("CANCEL_REQUEST", id)).extracting(CallRecord::status).containsExactly(400);
        assertThat(OutboxSandbox.stored(store, id).productOrderStatus()).isEqualTo("PAYED");
    }

    @Test
    void listenersHearEveryChangeOfTheActionOnTheSenderThread() {
        List<String> threads = new CopyOnWriteArrayList<>();
        List<Long> heard = new CopyOnWriteArrayList<>();
        service.addListener(actionId -> {
            heard.add(actionId);
            threads.add(Thread.currentThread().getName());
        });
        String id = fx.createOne("PAYED");
        long action = service.submit(OutboxSandbox.draft(OrderAction.CONFIRM, List.of(id), ActionInput.None.INSTANCE));

        service.start();
        fx.awaitSettled(service, action);
        OutboxSandbox.await(() -> heard.size() >= 3, "submit, sending and answer to be heard");

        Set<Long> actions = new HashSet<>(heard);
        assertThat(actions).containsExactly(action);
        assertThat(threads).containsOnly("od-actions");
    }

    private List<OutboxLine> lines(long actionId) {
        return service.lines(actionId).stream().map(ActionLine::line).toList();
    }

    /** Several backoff rounds of the test service, in which a wrong retry would show up. */
    private static void pause() {
        try {
            Thread.sleep(OutboxSandbox.FAST.max().toMillis() * 2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
