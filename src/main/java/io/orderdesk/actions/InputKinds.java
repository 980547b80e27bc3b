package io.orderdesk.actions;

import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.OrderAction;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which kind of input each action takes, and the shape checks a draft must pass before it is written. */
final class InputKinds {

    private InputKinds() {
    }

    /** The input type the action's API call needs. */
    static Class<? extends ActionInput> of(OrderAction action) {
        return switch (action) {
            case CONFIRM, CANCEL_APPROVE, RETURN_APPROVE, RETURN_HOLDBACK_RELEASE, EXCHANGE_COLLECT_COMPLETE,
                 EXCHANGE_HOLDBACK_RELEASE -> ActionInput.None.class;
            case DISPATCH -> ActionInput.Dispatch.class;
            case DELAY -> ActionInput.Delay.class;
            case CANCEL_REQUEST -> ActionInput.CancelRequest.class;
            case RETURN_REQUEST -> ActionInput.ReturnRequest.class;
            case RETURN_REJECT, EXCHANGE_REJECT -> ActionInput.Reject.class;
            case RETURN_HOLDBACK, EXCHANGE_HOLDBACK -> ActionInput.Holdback.class;
            case EXCHANGE_REDELIVER -> ActionInput.Redeliver.class;
        };
    }

    /**
     * Checks that the draft has lines, names each product order once and carries the right kind of input on each.
     *
     * @throws IllegalArgumentException saying in Korean what is wrong
     */
    static void check(ActionDraft draft) {
        if (draft.lines().isEmpty()) {
            throw new IllegalArgumentException("보낼 상품주문이 없습니다.");
        }
        Set<String> seen = new HashSet<>();
        for (DraftLine line : draft.lines()) {
            if (line.productOrderId().isBlank()) {
                throw new IllegalArgumentException("상품주문번호가 비어 있습니다.");
            }
            if (!seen.add(line.productOrderId())) {
                throw new IllegalArgumentException("상품주문번호 " + line.productOrderId() + "가 두 번 들어 있습니다.");
            }
            checkInput(draft.action(), line.productOrderId(), line.input());
        }
    }

    /** Checks the inputs given on a resend; {@code null} keeps the stored input and is always fine. */
    static void checkResend(OrderAction action, Map<String, ActionInput> inputs) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("다시 보낼 상품주문이 없습니다.");
        }
        for (Map.Entry<String, ActionInput> entry : inputs.entrySet()) {
            if (entry.getValue() != null) {
                checkInput(action, entry.getKey(), entry.getValue());
            }
        }
    }

    /** The product order ids of the draft, in order. */
    static List<String> ids(ActionDraft draft) {
        return draft.lines().stream().map(DraftLine::productOrderId).toList();
    }

    private static void checkInput(OrderAction action, String productOrderId, ActionInput input) {
        Class<? extends ActionInput> expected = of(action);
        if (!expected.isInstance(input)) {
            throw new IllegalArgumentException(action.label() + "에 맞지 않는 입력입니다 (상품주문 " + productOrderId
                    + ": " + input.getClass().getSimpleName() + ", 필요한 것: " + expected.getSimpleName() + ").");
        }
    }
}
