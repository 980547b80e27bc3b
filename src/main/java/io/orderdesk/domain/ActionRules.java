package io.orderdesk.domain;

import static io.orderdesk.domain.ClaimStatus.CANCELING;
import static io.orderdesk.domain.ClaimStatus.CANCEL_DONE;
import static io.orderdesk.domain.ClaimStatus.CANCEL_REQUEST;
import static io.orderdesk.domain.ClaimStatus.COLLECTING;
import static io.orderdesk.domain.ClaimStatus.COLLECT_DONE;
import static io.orderdesk.domain.ClaimStatus.EXCHANGE_DONE;
import static io.orderdesk.domain.ClaimStatus.EXCHANGE_REDELIVERING;
import static io.orderdesk.domain.ClaimStatus.EXCHANGE_REJECT;
import static io.orderdesk.domain.ClaimStatus.EXCHANGE_REQUEST;
import static io.orderdesk.domain.ClaimStatus.RETURN_DONE;
import static io.orderdesk.domain.ClaimStatus.RETURN_REJECT;
import static io.orderdesk.domain.ClaimStatus.RETURN_REQUEST;
import static io.orderdesk.domain.ClaimType.CANCEL;
import static io.orderdesk.domain.ClaimType.EXCHANGE;
import static io.orderdesk.domain.ClaimType.RETURN;
import static io.orderdesk.domain.ProductOrderStatus.CANCELED;
import static io.orderdesk.domain.ProductOrderStatus.DELIVERED;
import static io.orderdesk.domain.ProductOrderStatus.DELIVERING;
import static io.orderdesk.domain.ProductOrderStatus.EXCHANGED;
import static io.orderdesk.domain.ProductOrderStatus.PAYED;
import static io.orderdesk.domain.ProductOrderStatus.PURCHASE_DECIDED;
import static io.orderdesk.domain.ProductOrderStatus.RETURNED;

import java.util.EnumSet;
import java.util.Set;

/**
 * The one rule table for staff actions (reference §7): which of the fifteen writes a product order's state allows,
 * and whether a state shows that a write has already taken effect. The screens use the first to offer only what the
 * selected lines allow, the outbox to re-check lines just before sending, and the second to settle a write whose
 * answer never arrived.
 *
 * <table>
 * <caption>Allowed when</caption>
 * <tr><th>action</th><th>allowed when</th><th>reached when</th></tr>
 * <tr><td>CONFIRM</td><td>PAYED, 발주 NOT_YET, no open claim</td><td>발주 OK or already past PAYED</td></tr>
 * <tr><td>DISPATCH</td><td>PAYED, 발주 OK, no open claim</td><td>DELIVERING or later in the normal flow</td></tr>
 * <tr><td>DELAY</td><td>PAYED, 발주 OK, no open claim</td><td>a delay reason is set (the due date is checked by the outbox)</td></tr>
 * <tr><td>CANCEL_REQUEST</td><td>PAYED, no open claim</td><td>a cancel claim exists, or CANCELED</td></tr>
 * <tr><td>CANCEL_APPROVE</td><td>cancel in CANCEL_REQUEST</td><td>cancel CANCELING/CANCEL_DONE, or CANCELED</td></tr>
 * <tr><td>RETURN_REQUEST</td><td>DELIVERING/DELIVERED/EXCHANGED, no open claim</td><td>a return claim is open or done</td></tr>
 * <tr><td>RETURN_APPROVE</td><td>return open (REQUEST/COLLECTING/COLLECT_DONE), not held</td><td>RETURN_DONE or RETURNED</td></tr>
 * <tr><td>RETURN_REJECT</td><td>return open</td><td>RETURN_REJECT</td></tr>
 * <tr><td>RETURN_HOLDBACK</td><td>return open, not held</td><td>held</td></tr>
 * <tr><td>RETURN_HOLDBACK_RELEASE</td><td>return open, held</td><td>open and not held</td></tr>
 * <tr><td>EXCHANGE_COLLECT_COMPLETE</td><td>exchange in EXCHANGE_REQUEST/COLLECTING</td><td>COLLECT_DONE or later</td></tr>
 * <tr><td>EXCHANGE_REDELIVER</td><td>exchange in COLLECT_DONE, not held</td><td>EXCHANGE_REDELIVERING/EXCHANGE_DONE</td></tr>
 * <tr><td>EXCHANGE_REJECT</td><td>exchange open (REQUEST/COLLECTING/COLLECT_DONE)</td><td>EXCHANGE_REJECT</td></tr>
 * <tr><td>EXCHANGE_HOLDBACK</td><td>exchange open, not held</td><td>held</td></tr>
 * <tr><td>EXCHANGE_HOLDBACK_RELEASE</td><td>exchange open, held</td><td>open and not held</td></tr>
 * </table>
 *
 * Most rows are [INFERRED] in the reference; where it is silent we chose the stricter reading (dispatch and delay
 * need 발주 확인 first, error 104443), so that the app never offers what the API would refuse.
 */
public final class ActionRules {

    private static final Set<ProductOrderStatus> SHIPPED = EnumSet.of(DELIVERING, DELIVERED, EXCHANGED);
    private static final Set<ProductOrderStatus> PAST_DISPATCH =
            EnumSet.of(DELIVERING, DELIVERED, EXCHANGED, PURCHASE_DECIDED, RETURNED);
    private static final ClaimStatus[] OPEN_RETURN = {RETURN_REQUEST, COLLECTING, COLLECT_DONE};
    private static final ClaimStatus[] OPEN_EXCHANGE = {EXCHANGE_REQUEST, COLLECTING, COLLECT_DONE};

    private ActionRules() {
    }

    /** True when a product order in this state may receive the action. */
    public static boolean allows(OrderAction action, OrderFacts facts) {
        return switch (action) {
            case CONFIRM -> facts.is(PAYED) && !facts.isPlaceOrderConfirmed() && !facts.hasOpenClaim();
            case DISPATCH, DELAY -> facts.is(PAYED) && facts.isPlaceOrderConfirmed() && !facts.hasOpenClaim();
            case CANCEL_REQUEST -> facts.is(PAYED) && !facts.hasOpenClaim();
            case CANCEL_APPROVE -> facts.claimIn(CANCEL, CANCEL_REQUEST);
            case RETURN_REQUEST -> isIn(facts, SHIPPED) && !facts.hasOpenClaim();
            case RETURN_APPROVE, RETURN_HOLDBACK -> facts.claimIn(RETURN, OPEN_RETURN) && !facts.isHeldBack();
            case RETURN_REJECT -> facts.claimIn(RETURN, OPEN_RETURN);
            case RETURN_HOLDBACK_RELEASE -> facts.claimIn(RETURN, OPEN_RETURN) && facts.isHeldBack();
            case EXCHANGE_COLLECT_COMPLETE -> facts.claimIn(EXCHANGE, EXCHANGE_REQUEST, COLLECTING);
            case EXCHANGE_REDELIVER -> facts.claimIn(EXCHANGE, COLLECT_DONE) && !facts.isHeldBack();
            case EXCHANGE_REJECT -> facts.claimIn(EXCHANGE, OPEN_EXCHANGE);
            case EXCHANGE_HOLDBACK -> facts.claimIn(EXCHANGE, OPEN_EXCHANGE) && !facts.isHeldBack();
            case EXCHANGE_HOLDBACK_RELEASE -> facts.claimIn(EXCHANGE, OPEN_EXCHANGE) && facts.isHeldBack();
        };
    }

    /**
     * True when this state shows the action has taken effect, so a write whose answer was lost needs no resend. For
     * {@link OrderAction#DELAY} only the presence of a delay is judged here; the caller compares the due date.
     */
    public static boolean reached(OrderAction action, OrderFacts facts) {
        return switch (action) {
            case CONFIRM -> facts.isPlaceOrderConfirmed() || isIn(facts, PAST_DISPATCH);
            case DISPATCH -> isIn(facts, PAST_DISPATCH);
            case DELAY -> facts.delayed();
            case CANCEL_REQUEST -> facts.is(CANCELED) || typeIs(facts, CANCEL);
            case CANCEL_APPROVE -> facts.is(CANCELED) || facts.claimIn(CANCEL, CANCELING, CANCEL_DONE);
            case RETURN_REQUEST -> facts.is(RETURNED) || facts.claimIn(RETURN, RETURN_REQUEST, COLLECTING,
                    COLLECT_DONE, RETURN_DONE);
            case RETURN_APPROVE -> facts.is(RETURNED) || facts.claimIn(RETURN, RETURN_DONE);
            case RETURN_REJECT -> facts.claimIn(RETURN, RETURN_REJECT);
            case EXCHANGE_REJECT -> facts.claimIn(EXCHANGE, EXCHANGE_REJECT);
            case RETURN_HOLDBACK -> facts.claimIn(RETURN, OPEN_RETURN) && facts.isHeldBack();
            case EXCHANGE_HOLDBACK -> facts.claimIn(EXCHANGE, OPEN_EXCHANGE) && facts.isHeldBack();
            case RETURN_HOLDBACK_RELEASE -> facts.claimIn(RETURN, OPEN_RETURN) && !facts.isHeldBack();
            case EXCHANGE_HOLDBACK_RELEASE -> facts.claimIn(EXCHANGE, OPEN_EXCHANGE) && !facts.isHeldBack();
            case EXCHANGE_COLLECT_COMPLETE -> facts.is(EXCHANGED)
                    || facts.claimIn(EXCHANGE, COLLECT_DONE, EXCHANGE_REDELIVERING, EXCHANGE_DONE);
            case EXCHANGE_REDELIVER -> facts.is(EXCHANGED) || facts.claimIn(EXCHANGE, EXCHANGE_REDELIVERING,
                    EXCHANGE_DONE);
        };
    }

    /** The actions this state allows, in menu order. */
    public static Set<OrderAction> allowed(OrderFacts facts) {
        Set<OrderAction> result = EnumSet.noneOf(OrderAction.class);
        for (OrderAction action : OrderAction.values()) {
            if (allows(action, facts)) {
                result.add(action);
            }
        }
        return result;
    }

    private static boolean isIn(OrderFacts facts, Set<ProductOrderStatus> statuses) {
        return facts.productOrderStatus() != null && statuses.contains(facts.productOrderStatus().value());
    }

    private static boolean typeIs(OrderFacts facts, ClaimType type) {
        return facts.claimType() != null && facts.claimType().value() == type;
    }
}
