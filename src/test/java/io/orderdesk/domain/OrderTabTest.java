package io.orderdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OrderTabTest {

    private static final boolean DELAYED = true;

    /** status, place order status, claim type, claim status, holdback, delayed → tabs besides 전체. */
    static Stream<Arguments> ruleTable() {
        return Stream.of(
                row("PAYED", "NOT_YET", null, null, null, false, OrderTab.NEW),
                row("PAYED", "CANCEL", null, null, null, false, OrderTab.NEW),
                row("PAYED", "OK", null, null, null, false, OrderTab.CONFIRMED),
                row("PAYED", "OK", null, null, null, DELAYED, OrderTab.DELAYED),
                row("PAYED", "OK", "CANCEL", "CANCEL_REQUEST", null, false, OrderTab.CANCEL_REQUESTED),
                row("PAYED", "OK", "CANCEL", "CANCEL_REQUEST", null, DELAYED, OrderTab.CANCEL_REQUESTED),
                row("PAYED", "OK", "CANCEL", "CANCELING", null, false),
                row("PAYED", "OK", "CANCEL", "CANCEL_REJECT", null, false, OrderTab.CONFIRMED,
                        OrderTab.CLAIM_FINISHED),
                row("DELIVERING", "OK", null, null, null, false, OrderTab.DELIVERING),
                row("DELIVERING", "OK", "RETURN", "RETURN_REQUEST", null, false, OrderTab.RETURN_REQUESTED),
                row("DELIVERED", "OK", null, null, null, false, OrderTab.DELIVERED),
                row("DELIVERED", "OK", "RETURN", "COLLECTING", null, false, OrderTab.RETURN_REQUESTED),
                row("DELIVERED", "OK", "RETURN", "COLLECT_DONE", "HOLDBACK", false, OrderTab.RETURN_REQUESTED,
                        OrderTab.HELD_BACK),
                row("DELIVERED", "OK", "RETURN", "COLLECT_DONE", "RELEASED", false, OrderTab.RETURN_REQUESTED),
                row("DELIVERED", "OK", "RETURN", "RETURN_REJECT", null, false, OrderTab.DELIVERED,
                        OrderTab.CLAIM_FINISHED),
                row("RETURNED", "OK", "RETURN", "RETURN_DONE", null, false, OrderTab.CLAIM_FINISHED),
                row("DELIVERING", "OK", "EXCHANGE", "EXCHANGE_REQUEST", "HOLDBACK", false,
                        OrderTab.EXCHANGE_REQUESTED, OrderTab.HELD_BACK),
                row("DELIVERED", "OK", "EXCHANGE", "COLLECT_DONE", null, false, OrderTab.EXCHANGE_REQUESTED),
                row("DELIVERED", "OK", "EXCHANGE", "EXCHANGE_REDELIVERING", null, false,
                        OrderTab.EXCHANGE_REQUESTED),
                row("EXCHANGED", "OK", "EXCHANGE", "EXCHANGE_DONE", null, false, OrderTab.CLAIM_FINISHED),
                row("CANCELED", "OK", "CANCEL", "CANCEL_DONE", null, false, OrderTab.CLAIM_FINISHED),
                row("CANCELED", "OK", "ADMIN_CANCEL", "ADMIN_CANCEL_DONE", null, false, OrderTab.CLAIM_FINISHED),
                row("PAYED", "OK", "ADMIN_CANCEL", "ADMIN_CANCELING", null, false),
                row("PURCHASE_DECIDED", "OK", null, null, null, false, OrderTab.PURCHASE_DECIDED),
                row("PURCHASE_DECIDED", "OK", "EXCHANGE", "EXCHANGE_DONE", null, false, OrderTab.PURCHASE_DECIDED,
                        OrderTab.CLAIM_FINISHED),
                row("DELIVERED", "OK", "PURCHASE_DECISION_HOLDBACK", "PURCHASE_DECISION_HOLDBACK", null, false,
                        OrderTab.DELIVERED),
                row("PAYMENT_WAITING", "NOT_YET", null, null, null, false),
                row("CANCELED_BY_NOPAYMENT", "NOT_YET", null, null, null, false),
                row("BRAND_NEW_2027", "NOT_YET", null, null, null, false),
                row("DELIVERING", "OK", "RETURN", "NEW_CLAIM_STATE", null, false));
    }

    @ParameterizedTest(name = "{0}/{1} {2}/{3} {4} delayed={5}")
    @MethodSource("ruleTable")
    void aLineIsUnderExactlyTheseTabs(String status, String place, String claimType, String claimStatus,
                                      String holdback, boolean delayed, Set<OrderTab> expected) {
        OrderFacts facts = OrderFacts.ofCodes(status, place, claimType, claimStatus, holdback, delayed);

        Set<OrderTab> tabs = OrderTab.tabsOf(facts);

        Set<OrderTab> withAll = EnumSet.copyOf(expected);
        withAll.add(OrderTab.ALL);
        assertThat(tabs).isEqualTo(withAll);
    }

    @Test
    void tabsComeInTheOrderAndWordsOfTheNpayCenter() {
        assertThat(Stream.of(OrderTab.values()).map(OrderTab::label)).containsExactly("신규주문", "발주확인 완료",
                "발송지연", "배송중", "배송완료", "구매확정", "취소요청", "반품요청", "교환요청", "보류 중", "완료된 클레임", "전체");
    }

    @Test
    void unknownCodesAreKeptInTheFacts() {
        OrderFacts facts = OrderFacts.ofCodes("BRAND_NEW_2027", "", null, "NEW_CLAIM_STATE", null, false);

        assertThat(facts.productOrderStatus().raw()).isEqualTo("BRAND_NEW_2027");
        assertThat(facts.productOrderStatus().value()).isEqualTo(ProductOrderStatus.UNKNOWN);
        assertThat(facts.placeOrderStatus()).as("empty is absent").isNull();
        assertThat(facts.hasClaim()).isTrue();
        assertThat(facts.hasOpenClaim()).as("an unknown claim counts as open").isTrue();
    }

    private static Arguments row(String status, String place, String claimType, String claimStatus,
                                 String holdback, boolean delayed, OrderTab... tabs) {
        Set<OrderTab> expected = EnumSet.noneOf(OrderTab.class);
        expected.addAll(Set.of(tabs));
        return Arguments.of(status, place, claimType, claimStatus, holdback, delayed, expected);
    }
}
