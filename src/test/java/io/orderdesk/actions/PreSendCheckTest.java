package io.orderdesk.actions;

import static io.orderdesk.domain.ActionLineState.DONE;
import static io.orderdesk.domain.ActionLineState.SKIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.orderdesk.api.dto.ReturnHoldbackRequest;
import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.HoldbackReason;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.store.AuditEntry;
import io.orderdesk.store.AuditEvent;
import io.orderdesk.store.OutboxLine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Just before a batch leaves, its orders are read again and what no longer fits is held back, unsent. */
class PreSendCheckTest extends SandboxOutboxTest {

    @Test
    void approvingAReturnThatWasHeldBackMeanwhileIsSkippedAndNeverSent() {
        String id = fx.createOne("DELIVERED");
        fx.event(id, "RETURN_REQUEST");
        long action = service.submit(OutboxSandbox.draft(OrderAction.RETURN_APPROVE, List.of(id),
                ActionInput.None.INSTANCE));
        fx.other.returnHoldback(id, new ReturnHoldbackRequest(HoldbackReason.RETURN_DELIVERYFEE, "배송비 입금 대기",
                6_000L));

        service.start();
        fx.awaitSettled(service, action);

        assertThat(lines(action)).extracting(OutboxLine::state, OutboxLine::note, OutboxLine::attempts)
                .containsExactly(tuple(SKIPPED, PreSendCheck.NOT_ALLOWED, 0));
        assertThat(fx.calls("RETURN_APPROVE", id)).isEmpty();
        assertThat(OutboxSandbox.stored(store, id).holdbackStatus()).isEqualTo("HOLDBACK");
        assertThat(store.auditLog().forAction(action)).extracting(AuditEntry::event, AuditEntry::message)
                .containsExactly(tuple(AuditEvent.SUBMITTED, null), tuple(AuditEvent.SKIPPED, PreSendCheck.NOT_ALLOWED));
    }

    @Test
    void aDispatchWhoseOrderGotACancelRequestMeanwhileIsSkippedAndTheRestShips() {
        List<String> ids = fx.create("CONFIRMED", 2);
        long action = service.submit(new ActionDraft(OrderAction.DISPATCH, "김직원", List.of(
                new DraftLine(ids.get(0), fx.parcel()), new DraftLine(ids.get(1), fx.parcel()))));
        fx.event(ids.get(0), "CANCEL_REQUEST");

        service.start();
        fx.awaitSettled(service, action);

        List<OutboxLine> lines = lines(action);
        assertThat(lines).extracting(OutboxLine::state).containsExactly(SKIPPED, DONE);
        assertThat(lines.get(0).note()).startsWith(PreSendCheck.CLAIMED);
        assertThat(fx.calls("DISPATCH", ids.get(0))).isEmpty();
        assertThat(fx.calls("DISPATCH", ids.get(1))).hasSize(1);
        assertThat(OutboxSandbox.stored(store, ids.get(0)).claimStatus()).isEqualTo("CANCEL_REQUEST");
    }

    @Test
    void aDispatchWhoseDeliveryAddressChangedSinceSubmitIsSkipped() {
        String id = fx.createOne("CONFIRMED");
        fx.storeOrders(store, List.of(id));
        long action = service.submit(OutboxSandbox.draft(OrderAction.DISPATCH, List.of(id), fx.parcel()));
        fx.event(id, "ADDRESS_CHANGE");

        service.start();
        fx.awaitSettled(service, action);

        OutboxLine line = lines(action).get(0);
        assertThat(line.baseline().productOrderStatus()).isEqualTo("PAYED");
        assertThat(line.baseline().addressKey()).isNotNull();
        assertThat(line.state()).isEqualTo(SKIPPED);
        assertThat(line.note()).isEqualTo(PreSendCheck.ADDRESS_CHANGED);
        assertThat(fx.calls("DISPATCH", id)).isEmpty();
    }

    @Test
    void aConfirmationAnotherPcAlreadyMadeIsSkippedAsDone() {
        String id = fx.createOne("PAYED");
        long action = service.submit(OutboxSandbox.draft(OrderAction.CONFIRM, List.of(id), ActionInput.None.INSTANCE));
        fx.other.confirm(List.of(id));
        fx.sandbox.calls().clear();

        service.start();
        fx.awaitSettled(service, action);

        assertThat(lines(action)).extracting(OutboxLine::state, OutboxLine::note)
                .containsExactly(tuple(SKIPPED, PreSendCheck.ALREADY_DONE));
        assertThat(fx.calls("CONFIRM", id)).isEmpty();
    }

    private List<OutboxLine> lines(long actionId) {
        return service.lines(actionId).stream().map(ActionLine::line).toList();
    }
}
