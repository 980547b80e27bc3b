package io.orderdesk.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.CancelRequestReason;
import io.orderdesk.domain.DelayedDispatchReason;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.HoldbackReason;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.domain.ReturnRequestReason;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputJsonTest {

    private static final Instant AT = Instant.parse("2026-12-01T03:00:00.250Z");

    @Test
    void everyKindOfInputReadsBackAsItWasWritten() {
        Map<OrderAction, ActionInput> inputs = Map.of(
                OrderAction.CONFIRM, ActionInput.None.INSTANCE,
                OrderAction.DISPATCH, new ActionInput.Dispatch(DeliveryMethod.DELIVERY, DeliveryCompany.CJGLS,
                        "684512907731", AT),
                OrderAction.DELAY, new ActionInput.Delay(AT, DelayedDispatchReason.PRODUCT_PREPARE, "상품 준비 중 \"곧\""),
                OrderAction.CANCEL_REQUEST, new ActionInput.CancelRequest(CancelRequestReason.SOLD_OUT, "품절", 2),
                OrderAction.RETURN_REQUEST, new ActionInput.ReturnRequest(ReturnRequestReason.BROKEN,
                        DeliveryMethod.DELIVERY, DeliveryCompany.HANJIN, "D2485799470", null),
                OrderAction.RETURN_REJECT, new ActionInput.Reject("고객님께서 교환을 원하셨습니다."),
                OrderAction.EXCHANGE_HOLDBACK, new ActionInput.Holdback(HoldbackReason.EXCHANGE_DELIVERYFEE,
                        "배송비", 9_007_199_254L),
                OrderAction.EXCHANGE_REDELIVER, new ActionInput.Redeliver(DeliveryMethod.DIRECT_DELIVERY, null,
                        null));

        inputs.forEach((action, input) ->
                assertThat(InputJson.read(action, InputJson.write(input))).as("%s", action).isEqualTo(input));
    }

    @Test
    void writesCodesNotNamesAndLeavesAbsentValuesOut() {
        String json = InputJson.write(new ActionInput.Dispatch(DeliveryMethod.NOTHING, null, null, AT));

        assertThat(json).isEqualTo("{\"method\":\"NOTHING\",\"dispatchDate\":\"2026-12-01T03:00:00.250Z\"}");
        assertThat(InputJson.write(ActionInput.None.INSTANCE)).isEqualTo("{}");
    }

    @Test
    void aCodeThisVersionDoesNotKnowReadsAsUnknownInsteadOfFailing() {
        ActionInput input = InputJson.read(OrderAction.DISPATCH,
                "{\"method\":\"DELIVERY\",\"company\":\"NEW_CARRIER\",\"trackingNumber\":\"1\","
                        + "\"dispatchDate\":\"2026-12-01T03:00:00Z\"}");

        assertThat(((ActionInput.Dispatch) input).company()).isEqualTo(DeliveryCompany.UNKNOWN);
        assertThat(List.of(InputKinds.of(OrderAction.RETURN_APPROVE), InputKinds.of(OrderAction.EXCHANGE_REJECT)))
                .containsExactly(ActionInput.None.class, ActionInput.Reject.class);
    }
}
