package io.orderdesk.actions;

import static io.orderdesk.domain.OrderAction.CANCEL_APPROVE;
import static io.orderdesk.domain.OrderAction.CANCEL_REQUEST;
import static io.orderdesk.domain.OrderAction.CONFIRM;
import static io.orderdesk.domain.OrderAction.DELAY;
import static io.orderdesk.domain.OrderAction.DISPATCH;
import static io.orderdesk.domain.OrderAction.EXCHANGE_COLLECT_COMPLETE;
import static io.orderdesk.domain.OrderAction.EXCHANGE_HOLDBACK;
import static io.orderdesk.domain.OrderAction.EXCHANGE_HOLDBACK_RELEASE;
import static io.orderdesk.domain.OrderAction.EXCHANGE_REDELIVER;
import static io.orderdesk.domain.OrderAction.EXCHANGE_REJECT;
import static io.orderdesk.domain.OrderAction.RETURN_APPROVE;
import static io.orderdesk.domain.OrderAction.RETURN_HOLDBACK;
import static io.orderdesk.domain.OrderAction.RETURN_HOLDBACK_RELEASE;
import static io.orderdesk.domain.OrderAction.RETURN_REJECT;
import static io.orderdesk.domain.OrderAction.RETURN_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.api.dto.ExchangeClaim;
import io.orderdesk.api.dto.ExchangeHoldbackRequest;
import io.orderdesk.api.dto.ReturnHoldbackRequest;
import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.ActionLineState;
import io.orderdesk.domain.ActionRules;
import io.orderdesk.domain.CancelRequestReason;
import io.orderdesk.domain.DelayedDispatchReason;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.HoldbackReason;
import io.orderdesk.domain.HoldbackStatus;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.domain.ReturnRequestReason;
import io.orderdesk.store.AuditEntry;
import io.orderdesk.store.AuditEvent;
import io.orderdesk.store.OrderSummary;
import io.orderdesk.store.OutboxLine;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each of the fifteen writes, submitted to the outbox, reaches Naver Pay (the sandbox) once and ends DONE. */
class AllActionsTest extends SandboxOutboxTest {

    @Test
    void everyActionGoesThroughTheOutboxToDoneAndTheStoreShowsTheNewState() {
        Map<OrderAction, String> ids = orders();
        Instant due = fx.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        ActionInput.Dispatch parcel = fx.parcel();
        String redeliveryTracking = OutboxSandbox.newTracking();
        Map<OrderAction, ActionInput> inputs = inputs(due, parcel, redeliveryTracking);
        Map<OrderAction, Long> actions = new EnumMap<>(OrderAction.class);
        for (OrderAction action : OrderAction.values()) {
            actions.put(action, service.submit(OutboxSandbox.draft(action, List.of(ids.get(action)),
                    inputs.get(action))));
        }

        fx.sandbox.calls().clear();
        service.start();

        for (OrderAction action : OrderAction.values()) {
            fx.awaitSettled(service, actions.get(action));
            OutboxLine line = service.lines(actions.get(action)).get(0).line();
            assertThat(line.state()).as("%s: %s", action, line).isEqualTo(ActionLineState.DONE);
            assertThat(line.attempts()).as("attempts of %s", action).isEqualTo(1);
            assertThat(line.traceId()).as("trace of %s", action).isNotBlank();
            OrderSummary stored = OutboxSandbox.stored(store, ids.get(action));
            assertThat(ActionRules.reached(action, stored.facts())).as("stored state after %s: %s", action, stored)
                    .isTrue();
            assertThat(store.auditLog().forAction(actions.get(action))).extracting(AuditEntry::event)
                    .containsExactly(AuditEvent.SUBMITTED, AuditEvent.SENT, AuditEvent.ANSWERED);
        }
        assertThat(fx.sandbox.calls().calls()).filteredOn(call -> !"QUERY_PRODUCT_ORDERS".equals(call.endpoint())
                        && !"TOKEN".equals(call.endpoint()))
                .as("one write per action").hasSize(15).allSatisfy(call -> assertThat(call.applied()).isTrue());
        assertThat(OutboxSandbox.stored(store, ids.get(CONFIRM)).placeOrderStatus()).isEqualTo("OK");
        assertThat(service.lines(actions.get(CONFIRM)).get(0).line().receiverAddressChanged()).isFalse();
        OrderSummary dispatched = OutboxSandbox.stored(store, ids.get(DISPATCH));
        assertThat(dispatched.productOrderStatus()).isEqualTo("DELIVERING");
        assertThat(dispatched.trackingNumber()).isEqualTo(parcel.trackingNumber());
        assertThat(dispatched.deliveryCompany()).isEqualTo("CJGLS");
        assertThat(OutboxSandbox.stored(store, ids.get(DELAY)).shippingDueDate()).isEqualTo(due);
        assertThat(OutboxSandbox.stored(store, ids.get(CANCEL_REQUEST)).productOrderStatus()).isEqualTo("CANCELED");
        assertThat(OutboxSandbox.stored(store, ids.get(RETURN_APPROVE)).productOrderStatus()).isEqualTo("RETURNED");
        assertThat(OutboxSandbox.stored(store, ids.get(RETURN_HOLDBACK)).holdbackStatus()).isEqualTo("HOLDBACK");
        assertThat(OutboxSandbox.stored(store, ids.get(EXCHANGE_REDELIVER)).claimStatus())
                .isEqualTo("EXCHANGE_REDELIVERING");
    }

    /** A product order in the right state for each action, made through the admin path and another PC's client. */
    private static Map<OrderAction, String> orders() {
        Map<OrderAction, String> ids = new EnumMap<>(OrderAction.class);
        ids.put(CONFIRM, fx.createOne("PAYED"));
        ids.put(DISPATCH, fx.createOne("CONFIRMED"));
        ids.put(DELAY, fx.createOne("CONFIRMED"));
        ids.put(CANCEL_REQUEST, fx.createOne("CONFIRMED"));
        ids.put(CANCEL_APPROVE, withEvent("CONFIRMED", "CANCEL_REQUEST"));
        ids.put(RETURN_REQUEST, fx.createOne("DELIVERED"));
        for (OrderAction action : List.of(RETURN_APPROVE, RETURN_REJECT, RETURN_HOLDBACK, RETURN_HOLDBACK_RELEASE)) {
            ids.put(action, withEvent("DELIVERED", "RETURN_REQUEST"));
        }
        fx.other.returnHoldback(ids.get(RETURN_HOLDBACK_RELEASE),
                new ReturnHoldbackRequest(HoldbackReason.RETURN_DELIVERYFEE, "반품 배송비 입금 대기", 6_000L));
        for (OrderAction action : List.of(EXCHANGE_COLLECT_COMPLETE, EXCHANGE_REDELIVER, EXCHANGE_REJECT,
                EXCHANGE_HOLDBACK, EXCHANGE_HOLDBACK_RELEASE)) {
            String id = withEvent("DELIVERED", "EXCHANGE_REQUEST");
            boolean held = exchangeHeld(id);
            if (action == EXCHANGE_HOLDBACK_RELEASE && !held) {
                fx.other.exchangeHoldback(id, new ExchangeHoldbackRequest(HoldbackReason.EXCHANGE_DELIVERYFEE,
                        "교환 배송비 입금 대기", 5_000L));
            } else if (action != EXCHANGE_HOLDBACK_RELEASE && held) {
                fx.other.exchangeHoldbackRelease(id);
            }
            ids.put(action, id);
        }
        fx.other.exchangeCollectComplete(ids.get(EXCHANGE_REDELIVER));
        return ids;
    }

    private static Map<OrderAction, ActionInput> inputs(Instant due, ActionInput.Dispatch parcel, String tracking) {
        Map<OrderAction, ActionInput> inputs = new EnumMap<>(OrderAction.class);
        for (OrderAction action : OrderAction.values()) {
            inputs.put(action, ActionInput.None.INSTANCE);
        }
        inputs.put(DISPATCH, parcel);
        inputs.put(DELAY, new ActionInput.Delay(due, DelayedDispatchReason.PRODUCT_PREPARE, "상품 준비중입니다."));
        inputs.put(CANCEL_REQUEST, new ActionInput.CancelRequest(CancelRequestReason.SOLD_OUT, "품절되었습니다.", null));
        inputs.put(RETURN_REQUEST, new ActionInput.ReturnRequest(ReturnRequestReason.BROKEN, DeliveryMethod.DELIVERY,
                DeliveryCompany.HANJIN, null, null));
        inputs.put(RETURN_REJECT, new ActionInput.Reject("고객님께서 통화로 교환을 원하셨습니다."));
        inputs.put(EXCHANGE_REJECT, new ActionInput.Reject("착용한 상품은 교환할 수 없습니다."));
        inputs.put(RETURN_HOLDBACK, new ActionInput.Holdback(HoldbackReason.RETURN_DELIVERYFEE, "반품 배송비 입금 대기",
                6_000L));
        inputs.put(EXCHANGE_HOLDBACK, new ActionInput.Holdback(HoldbackReason.EXCHANGE_PRODUCT_READY,
                "교환 상품 준비 중", null));
        inputs.put(EXCHANGE_REDELIVER, new ActionInput.Redeliver(DeliveryMethod.DELIVERY, DeliveryCompany.KGB,
                tracking));
        return inputs;
    }

    private static String withEvent(String state, String event) {
        String id = fx.createOne(state);
        fx.event(id, event);
        return id;
    }

    private static boolean exchangeHeld(String id) {
        ExchangeClaim exchange = fx.other.queryProductOrders(List.of(id)).data().items().get(0).currentClaim()
                .exchange();
        return exchange.holdbackStatus() != null && exchange.holdbackStatus().value() == HoldbackStatus.HOLDBACK;
    }
}
