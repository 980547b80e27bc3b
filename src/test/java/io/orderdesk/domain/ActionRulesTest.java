package io.orderdesk.domain;

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

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The rule table: each state offers exactly the actions reference §7 allows, and shows which ones took effect. */
class ActionRulesTest {

    private static OrderFacts facts(String status, String place, String claimType, String claimStatus,
                                    String holdback) {
        return OrderFacts.ofCodes(status, place, claimType, claimStatus, holdback, false);
    }

    @Test
    void aNewOrderCanBeConfirmedOrCancelledOnly() {
        assertThat(ActionRules.allowed(facts("PAYED", "NOT_YET", null, null, null)))
                .containsExactlyInAnyOrder(CONFIRM, CANCEL_REQUEST);
    }

    @Test
    void aConfirmedOrderCanBeDispatchedDelayedOrCancelled() {
        assertThat(ActionRules.allowed(facts("PAYED", "OK", null, null, null)))
                .containsExactlyInAnyOrder(DISPATCH, DELAY, CANCEL_REQUEST);
    }

    @Test
    void aCancelRequestOnlyOffersItsApproval() {
        assertThat(ActionRules.allowed(facts("PAYED", "OK", "CANCEL", "CANCEL_REQUEST", null)))
                .containsExactly(CANCEL_APPROVE);
    }

    @Test
    void shippedLinesCanBeReturnedBySeller() {
        assertThat(ActionRules.allowed(facts("DELIVERED", "OK", null, null, null))).containsExactly(RETURN_REQUEST);
        assertThat(ActionRules.allowed(facts("DELIVERING", "OK", "RETURN", "RETURN_REJECT", null)))
                .as("a finished claim does not block a new one").containsExactly(RETURN_REQUEST);
        assertThat(ActionRules.allowed(facts("PURCHASE_DECIDED", "OK", null, null, null))).isEmpty();
    }

    @Test
    void anOpenReturnIsApprovedRejectedOrHeldUnlessHeldAlready() {
        assertThat(ActionRules.allowed(facts("DELIVERED", "OK", "RETURN", "COLLECT_DONE", null)))
                .containsExactlyInAnyOrder(RETURN_APPROVE, RETURN_REJECT, RETURN_HOLDBACK);
        assertThat(ActionRules.allowed(facts("DELIVERED", "OK", "RETURN", "RETURN_REQUEST", "HOLDBACK")))
                .as("approve while held is not offered").containsExactlyInAnyOrder(RETURN_REJECT,
                        RETURN_HOLDBACK_RELEASE);
    }

    @Test
    void anExchangeMovesFromCollectToRedelivery() {
        assertThat(ActionRules.allowed(facts("DELIVERED", "OK", "EXCHANGE", "EXCHANGE_REQUEST", "HOLDBACK")))
                .containsExactlyInAnyOrder(EXCHANGE_COLLECT_COMPLETE, EXCHANGE_REJECT, EXCHANGE_HOLDBACK_RELEASE);
        assertThat(ActionRules.allowed(facts("DELIVERED", "OK", "EXCHANGE", "COLLECT_DONE", "RELEASED")))
                .containsExactlyInAnyOrder(EXCHANGE_REDELIVER, EXCHANGE_REJECT, EXCHANGE_HOLDBACK);
        assertThat(ActionRules.allowed(facts("DELIVERED", "OK", "EXCHANGE", "EXCHANGE_REDELIVERING", null)))
                .isEmpty();
    }

    @Test
    void unknownCodesOfferNothing() {
        assertThat(ActionRules.allowed(facts("SOMETHING_NEW", "OK", null, null, null))).isEmpty();
        assertThat(ActionRules.allowed(facts("PAYED", "OK", "NEW_CLAIM", "NEW_STATUS", null))).isEmpty();
    }

    @Test
    void everyActionIsOfferedInSomeStateAndReachedInAnother() {
        OrderFacts[] states = {
            facts("PAYED", "NOT_YET", null, null, null), facts("PAYED", "OK", null, null, null),
            facts("PAYED", "OK", "CANCEL", "CANCEL_REQUEST", null), facts("DELIVERED", "OK", null, null, null),
            facts("DELIVERED", "OK", "RETURN", "RETURN_REQUEST", null),
            facts("DELIVERED", "OK", "RETURN", "RETURN_REQUEST", "HOLDBACK"),
            facts("DELIVERED", "OK", "EXCHANGE", "EXCHANGE_REQUEST", "HOLDBACK"),
            facts("DELIVERED", "OK", "EXCHANGE", "COLLECT_DONE", null)};
        EnumSet<OrderAction> offered = EnumSet.noneOf(OrderAction.class);
        for (OrderFacts state : states) {
            offered.addAll(ActionRules.allowed(state));
        }
        assertThat(offered).containsExactlyInAnyOrder(OrderAction.values());
    }

    @Test
    void reachedStatesSettleLostAnswers() {
        assertThat(ActionRules.reached(CONFIRM, facts("PAYED", "OK", null, null, null))).isTrue();
        assertThat(ActionRules.reached(CONFIRM, facts("PAYED", "NOT_YET", null, null, null))).isFalse();
        assertThat(ActionRules.reached(DISPATCH, facts("DELIVERING", "OK", null, null, null))).isTrue();
        assertThat(ActionRules.reached(DISPATCH, facts("PAYED", "OK", null, null, null))).isFalse();
        assertThat(ActionRules.reached(DELAY, OrderFacts.ofCodes("PAYED", "OK", null, null, null, true))).isTrue();
        assertThat(ActionRules.reached(CANCEL_REQUEST, facts("CANCELED", "OK", "CANCEL", "CANCEL_DONE", null)))
                .isTrue();
        assertThat(ActionRules.reached(CANCEL_APPROVE, facts("PAYED", "OK", "CANCEL", "CANCEL_REQUEST", null)))
                .isFalse();
        assertThat(ActionRules.reached(RETURN_APPROVE, facts("RETURNED", "OK", "RETURN", "RETURN_DONE", null)))
                .isTrue();
        assertThat(ActionRules.reached(RETURN_HOLDBACK, facts("DELIVERED", "OK", "RETURN", "RETURN_REQUEST",
                "HOLDBACK"))).isTrue();
        assertThat(ActionRules.reached(RETURN_HOLDBACK_RELEASE, facts("DELIVERED", "OK", "RETURN", "RETURN_REQUEST",
                "HOLDBACK"))).isFalse();
        assertThat(ActionRules.reached(EXCHANGE_REDELIVER, facts("DELIVERED", "OK", "EXCHANGE",
                "EXCHANGE_REDELIVERING", null))).isTrue();
        assertThat(ActionRules.reached(EXCHANGE_REJECT, facts("DELIVERED", "OK", "EXCHANGE", "EXCHANGE_REJECT",
                null))).isTrue();
    }

    @Test
    void onlyConfirmAndDispatchTravelThirtyToACall() {
        for (OrderAction action : OrderAction.values()) {
            assertThat(action.batchLimit()).isEqualTo(action == CONFIRM || action == DISPATCH ? 30 : 1);
        }
    }
}
