package io.orderdesk.actions;

import static io.orderdesk.domain.ActionLineState.DONE;
import static io.orderdesk.domain.ActionLineState.PENDING;
import static io.orderdesk.domain.ActionLineState.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.ActionLineState;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.sandbox.server.CallRecord;
import io.orderdesk.sandbox.server.Fault;
import io.orderdesk.sandbox.server.FaultKind;
import io.orderdesk.store.AuditEntry;
import io.orderdesk.store.AuditEvent;
import io.orderdesk.store.OutboxLine;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Lines wait while nothing can reach Naver Pay, and a write whose answer was lost is settled, never re-sent blindly. */
class ConnectionFaultsTest extends SandboxOutboxTest {

    @Test
    void whileOfflineLinesStayPendingAndGoOutOnceTheConnectionIsBack() {
        List<String> ids = fx.create("PAYED", 2);
        Optional<NpayOrderClient> live = fx.current.get();
        fx.current.set(Optional.of(fx.unreachableClient()));
        long action = service.submit(OutboxSandbox.draft(OrderAction.CONFIRM, ids, ActionInput.None.INSTANCE));

        service.start();
        OutboxSandbox.await(() -> service.status().isWaiting(), "the sender to notice it is offline");
        pause();

        assertThat(lines(action)).extracting(OutboxLine::state, OutboxLine::attempts)
                .containsOnly(tuple(PENDING, 0));
        assertThat(service.status().problem()).contains("연결");
        assertThat(fx.calls("CONFIRM", ids.get(0))).isEmpty();

        fx.current.set(live);
        service.wake();
        fx.awaitSettled(service, action);

        assertThat(lines(action)).extracting(OutboxLine::state, OutboxLine::attempts).containsOnly(tuple(DONE, 1));
        assertThat(fx.calls("CONFIRM", ids.get(0))).extracting(CallRecord::productOrderIds).containsExactly(ids);
        OutboxSandbox.await(() -> !service.status().isWaiting(), "the sender to be back online");
    }

    @Test
    void withoutAConfiguredConnectionLinesWaitUntilOneIsThere() {
        String id = fx.createOne("PAYED");
        Optional<NpayOrderClient> live = fx.current.get();
        fx.current.set(Optional.empty());
        long action = service.submit(OutboxSandbox.draft(OrderAction.CONFIRM, List.of(id), ActionInput.None.INSTANCE));

        service.start();
        OutboxSandbox.await(() -> service.status().isWaiting(), "the sender to wait for a connection");

        assertThat(service.status().problem()).isEqualTo(Sender.NOT_CONFIGURED);
        assertThat(lines(action).get(0).state()).isEqualTo(PENDING);
        fx.current.set(live);
        service.wake();
        assertThat(fx.awaitSettled(service, action).count(DONE)).isEqualTo(1);
    }

    @Test
    void aWriteTurnedAwayForMaintenanceGoesBackToPendingAndIsSentAgainAfterTheBackoff() {
        String id = fx.createOne("PAYED");
        fx.sandbox.faults().add(Fault.of("CONFIRM", FaultKind.UNAVAILABLE).withCount(OutboxSandbox.RETRY.maxAttempts()));
        long action = service.submit(OutboxSandbox.draft(OrderAction.CONFIRM, List.of(id), ActionInput.None.INSTANCE));

        service.start();
        fx.awaitSettled(service, action);

        assertThat(lines(action)).extracting(OutboxLine::state, OutboxLine::attempts).containsExactly(tuple(DONE, 1));
        assertThat(fx.calls("CONFIRM", id)).extracting(CallRecord::status, CallRecord::applied).containsExactly(
                tuple(503, false), tuple(503, false), tuple(503, false), tuple(200, true));
        assertThat(store.auditLog().forAction(action)).extracting(AuditEntry::event, AuditEntry::code)
                .containsSubsequence(tuple(AuditEvent.SENT, null), tuple(AuditEvent.NOT_SENT, "GW.BLOCK.01"),
                        tuple(AuditEvent.SENT, null), tuple(AuditEvent.ANSWERED, null));
    }

    @Test
    void aWriteAppliedButNotAnsweredIsUnknownThenSettledDoneByReadingTheOrderAgain() {
        String id = fx.createOne("CONFIRMED");
        fx.current.set(Optional.of(fx.client(Duration.ofMillis(500))));
        fx.sandbox.faults().add(Fault.of("DISPATCH", FaultKind.HOLD).withLatencyMs(2_000).withCount(1));
        ActionInput.Dispatch parcel = fx.parcel();
        long action = service.submit(OutboxSandbox.draft(OrderAction.DISPATCH, List.of(id), parcel));

        service.start();
        OutboxSandbox.await(() -> lines(action).get(0).state() == DONE, "the held dispatch to be settled");

        OutboxLine line = lines(action).get(0);
        assertThat(line.note()).isEqualTo(Settlement.SETTLED);
        assertThat(line.attempts()).isEqualTo(1);
        assertThat(fx.calls("DISPATCH", id)).extracting(CallRecord::applied, CallRecord::fault)
                .containsExactly(tuple(true, FaultKind.HOLD));
        assertThat(OutboxSandbox.stored(store, id).trackingNumber()).isEqualTo(parcel.trackingNumber());
        assertThat(store.auditLog().forAction(action)).extracting(AuditEntry::event, AuditEntry::outcome)
                .containsExactly(tuple(AuditEvent.SUBMITTED, PENDING), tuple(AuditEvent.SENT, ActionLineState.SENDING),
                        tuple(AuditEvent.ANSWERED, UNKNOWN), tuple(AuditEvent.SETTLED, DONE));
    }

    @Test
    void aTimedOutWriteThatDidNotApplyStaysUnknownUntilAPersonResendsIt() {
        String id = fx.createOne("CONFIRMED");
        fx.sandbox.faults().add(Fault.of("DISPATCH", FaultKind.GATEWAY_TIMEOUT).withCount(1));
        long action = service.submit(OutboxSandbox.draft(OrderAction.DISPATCH, List.of(id), fx.parcel()));

        service.start();
        OutboxSandbox.await(() -> Settlement.NOT_REACHED.equals(lines(action).get(0).note()),
                "the re-read after the timeout");
        service.settle(action);
        service.wake();
        pause();

        OutboxLine unknown = lines(action).get(0);
        assertThat(unknown.state()).isEqualTo(UNKNOWN);
        assertThat(unknown.resultCode()).isEqualTo("GW.TIMEOUT.01");
        assertThat(service.lines(action).get(0).canResend()).isTrue();
        assertThat(fx.calls("DISPATCH", id)).extracting(CallRecord::status).containsExactly(504);
        assertThat(OutboxSandbox.stored(store, id).productOrderStatus()).isEqualTo("PAYED");

        Map<String, ActionInput> resend = new HashMap<>();
        resend.put(id, null);
        service.resend(action, "박과장", resend);
        OutboxSandbox.await(() -> lines(action).get(0).state() == DONE, "the resent dispatch");

        assertThat(lines(action).get(0).attempts()).isEqualTo(2);
        assertThat(fx.calls("DISPATCH", id)).extracting(CallRecord::status, CallRecord::applied)
                .containsExactly(tuple(504, false), tuple(200, true));
        assertThat(OutboxSandbox.stored(store, id).productOrderStatus()).isEqualTo("DELIVERING");
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
