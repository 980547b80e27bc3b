package io.orderdesk.actions;

import io.orderdesk.domain.ActionLineState;
import io.orderdesk.domain.ActionRules;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.domain.OrderFacts;
import io.orderdesk.store.LineBaseline;
import io.orderdesk.store.LineOutcome;
import io.orderdesk.store.OutboxLine;
import io.orderdesk.store.StoredProductOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The last look before a batch leaves, on orders just re-read: a line whose order no longer allows the action is held
 * back, and so is a dispatch whose order has meanwhile got a claim or a new delivery address, since sending the parcel
 * to the old address or over a buyer's cancel request is exactly what staff must not do unknowingly.
 */
final class PreSendCheck {

    static final String CLAIMED = "클레임 접수됨";
    static final String ADDRESS_CHANGED = "배송지 변경됨";
    static final String NOT_READ = "주문을 다시 조회하지 못해 보내지 않음";
    static final String ALREADY_DONE = "이미 처리된 상태라 보내지 않음";
    static final String NOT_ALLOWED = "지금 주문 상태에서는 할 수 없어 보내지 않음";

    private PreSendCheck() {
    }

    /** The lines to hold back, each as a SKIPPED outcome with its reason; the others may be sent. */
    static List<LineOutcome> heldBack(List<OutboxLine> lines, Map<String, StoredProductOrder> now) {
        List<LineOutcome> held = new ArrayList<>();
        for (OutboxLine line : lines) {
            String reason = reason(line, now.get(line.productOrderId()));
            if (reason != null) {
                held.add(LineOutcome.noted(line.id(), ActionLineState.SKIPPED, reason));
            }
        }
        return held;
    }

    private static String reason(OutboxLine line, StoredProductOrder now) {
        if (now == null) {
            return NOT_READ;
        }
        OrderFacts facts = now.summary().facts();
        OrderAction action = line.action();
        if (action == OrderAction.DISPATCH) {
            if (facts.hasOpenClaim()) {
                String type = facts.claimType() == null ? "" : facts.claimType().label() + " ";
                return CLAIMED + " (" + type + facts.claimStatus().label() + ")";
            }
            if (addressChanged(line.baseline(), now)) {
                return ADDRESS_CHANGED;
            }
        }
        if (ActionRules.allows(action, facts)) {
            return null;
        }
        return ActionRules.reached(action, facts) ? ALREADY_DONE : NOT_ALLOWED;
    }

    /** Flagged by the change feed since submit, or the address itself differs from the one at submit. */
    private static boolean addressChanged(LineBaseline baseline, StoredProductOrder now) {
        boolean flagged = !baseline.addressChanged() && now.summary().addressChanged();
        return flagged || AddressKey.changed(baseline.addressKey(), AddressKey.of(now.detailJson()));
    }
}
