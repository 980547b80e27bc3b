package io.orderdesk.ui.actions;

import io.orderdesk.domain.ClaimType;
import io.orderdesk.domain.Coded;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.domain.OrderFacts;
import io.orderdesk.domain.ProductOrderStatus;
import io.orderdesk.ui.orders.Formats;

/**
 * Says in a few words why a selected line's state does not allow an action, e.g. "발주 확인 전" or "반품 요청 진행 중",
 * so staff know what to do about it rather than just that it was left out.
 */
final class LeftOutReasons {

    private final Formats formats;

    LeftOutReasons(Formats formats) {
        this.formats = formats;
    }

    String reason(OrderAction action, ActionTarget target) {
        OrderFacts facts = target.facts();
        if (facts == null) {
            return formats.text("actions.out.unknown");
        }
        return switch (action) {
            case CONFIRM, DISPATCH, DELAY, CANCEL_REQUEST -> normalFlow(action, facts);
            case RETURN_REQUEST -> facts.hasOpenClaim() ? openClaim(facts) : status(facts);
            case CANCEL_APPROVE -> claimAction(ClaimType.CANCEL, facts, false, false);
            case RETURN_APPROVE, RETURN_HOLDBACK, EXCHANGE_REDELIVER, EXCHANGE_HOLDBACK ->
                    claimAction(type(action), facts, true, false);
            case RETURN_HOLDBACK_RELEASE, EXCHANGE_HOLDBACK_RELEASE -> claimAction(type(action), facts, false, true);
            case RETURN_REJECT, EXCHANGE_REJECT, EXCHANGE_COLLECT_COMPLETE ->
                    claimAction(type(action), facts, false, false);
        };
    }

    private String normalFlow(OrderAction action, OrderFacts facts) {
        if (facts.hasOpenClaim()) {
            return openClaim(facts);
        }
        if (!facts.is(ProductOrderStatus.PAYED)) {
            return status(facts);
        }
        if (action == OrderAction.CONFIRM) {
            return formats.text("actions.out.alreadyConfirmed");
        }
        return formats.text(facts.isPlaceOrderConfirmed() ? "actions.out.unknown" : "actions.out.notConfirmed");
    }

    private String claimAction(ClaimType type, OrderFacts facts, boolean mustNotBeHeld, boolean mustBeHeld) {
        boolean sameType = facts.claimType() != null && facts.claimType().value() == type;
        if (!sameType || facts.claimStatus() == null) {
            String none = formats.text("actions.out.noClaim", formats.claimType(type.code()));
            return facts.hasOpenClaim() ? none + " (" + openClaim(facts) + ")" : none;
        }
        if (mustNotBeHeld && facts.isHeldBack()) {
            return formats.text("actions.out.heldBack");
        }
        if (mustBeHeld && !facts.isHeldBack()) {
            return formats.text("actions.out.notHeldBack");
        }
        return formats.text("actions.out.claimState", claim(facts));
    }

    private String openClaim(OrderFacts facts) {
        return formats.text("actions.out.openClaim", claim(facts));
    }

    private String status(OrderFacts facts) {
        return formats.text("actions.out.status", formats.status(raw(facts.productOrderStatus())));
    }

    private String claim(OrderFacts facts) {
        return formats.claim(raw(facts.claimType()), raw(facts.claimStatus()));
    }

    private static ClaimType type(OrderAction action) {
        return action.name().startsWith("RETURN") ? ClaimType.RETURN : ClaimType.EXCHANGE;
    }

    private static String raw(Coded<?> coded) {
        return coded == null ? null : coded.raw();
    }
}
