package io.orderdesk.domain;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The status tabs of the main window, in the order and with the names staff know from the Npay center. A line can
 * be under several tabs at once (a held-back return is under both 반품요청 and 보류 중), and every line is under
 * {@link #ALL}.
 */
public enum OrderTab {

    NEW("신규주문", facts -> facts.is(ProductOrderStatus.PAYED) && !facts.isPlaceOrderConfirmed()
            && !facts.hasOpenClaim()),
    CONFIRMED("발주확인 완료", facts -> facts.is(ProductOrderStatus.PAYED) && facts.isPlaceOrderConfirmed()
            && !facts.delayed() && !facts.hasOpenClaim()),
    DELAYED("발송지연", facts -> facts.is(ProductOrderStatus.PAYED) && facts.delayed() && !facts.hasOpenClaim()),
    DELIVERING("배송중", facts -> facts.is(ProductOrderStatus.DELIVERING) && !facts.hasOpenClaim()),
    DELIVERED("배송완료", facts -> facts.is(ProductOrderStatus.DELIVERED) && !facts.hasOpenClaim()),
    PURCHASE_DECIDED("구매확정", facts -> facts.is(ProductOrderStatus.PURCHASE_DECIDED)),
    CANCEL_REQUESTED("취소요청", facts -> facts.claimIn(ClaimType.CANCEL, ClaimStatus.CANCEL_REQUEST)),
    RETURN_REQUESTED("반품요청", facts -> facts.claimIn(ClaimType.RETURN,
            ClaimStatus.RETURN_REQUEST, ClaimStatus.COLLECTING, ClaimStatus.COLLECT_DONE)),
    EXCHANGE_REQUESTED("교환요청", facts -> facts.claimIn(ClaimType.EXCHANGE, ClaimStatus.EXCHANGE_REQUEST,
            ClaimStatus.COLLECTING, ClaimStatus.COLLECT_DONE, ClaimStatus.EXCHANGE_REDELIVERING)),
    HELD_BACK("보류 중", OrderFacts::isHeldBack),
    CLAIM_FINISHED("완료된 클레임", OrderFacts::hasFinishedClaim),
    ALL("전체", facts -> true);

    private final String label;
    private final Predicate<OrderFacts> rule;

    OrderTab(String label, Predicate<OrderFacts> rule) {
        this.label = label;
        this.rule = rule;
    }

    /** The Korean tab name. */
    public String label() {
        return label;
    }

    /** True when a line with these facts is shown under this tab. */
    public boolean includes(OrderFacts facts) {
        return rule.test(facts);
    }

    /** Every tab a line with these facts is shown under, always including {@link #ALL}. */
    public static Set<OrderTab> tabsOf(OrderFacts facts) {
        Set<OrderTab> tabs = EnumSet.noneOf(OrderTab.class);
        for (OrderTab tab : values()) {
            if (tab.includes(facts)) {
                tabs.add(tab);
            }
        }
        return tabs;
    }
}
