package io.orderdesk.ui.actions;

import static io.orderdesk.ui.actions.Targets.cancelRequested;
import static io.orderdesk.ui.actions.Targets.confirmed;
import static io.orderdesk.ui.actions.Targets.delivering;
import static io.orderdesk.ui.actions.Targets.exchangeCollected;
import static io.orderdesk.ui.actions.Targets.newOrder;
import static io.orderdesk.ui.actions.Targets.returnRequested;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.OrderAction;
import io.orderdesk.ui.orders.Formats;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Only what a line's state allows is offered, and a left-out line says why. */
class LeftOutReasonsTest {

    private final Formats formats = new Formats(ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.KOREAN));
    private final LeftOutReasons reasons = new LeftOutReasons(formats);

    private final ActionTarget fresh = newOrder("P-1", "O-1");
    private final ActionTarget ready = confirmed("P-2", "O-2");
    private final ActionTarget cancelling = cancelRequested("P-3", "O-3");
    private final ActionTarget shipped = delivering("P-4", "O-4");
    private final ActionTarget returning = returnRequested("P-5", "O-5", false);
    private final ActionTarget heldReturn = returnRequested("P-6", "O-6", true);
    private final ActionTarget exchanging = exchangeCollected("P-7", "O-7", false);
    private final List<ActionTarget> all = List.of(fresh, ready, cancelling, shipped, returning, heldReturn,
            exchanging);

    private Offer offer(OrderAction action) {
        return Offer.of(action, all, reasons::reason);
    }

    private static String reasonFor(Offer offer, ActionTarget target) {
        return offer.leftOut().stream().filter(out -> out.target() == target).findFirst().orElseThrow().reason();
    }

    @Test
    void confirmAndDispatchAreOfferedForTheNormalFlowOnly() {
        Offer confirm = offer(OrderAction.CONFIRM);
        assertThat(confirm.offered()).containsExactly(fresh);
        assertThat(confirm.selectedCount()).isEqualTo(7);
        assertThat(reasonFor(confirm, ready)).isEqualTo("이미 발주 확인됨");
        assertThat(reasonFor(confirm, cancelling)).isEqualTo("취소 · 요청 진행 중");
        assertThat(reasonFor(confirm, shipped)).isEqualTo("주문 상태가 배송중");

        Offer dispatch = offer(OrderAction.DISPATCH);
        assertThat(dispatch.offered()).containsExactly(ready);
        assertThat(reasonFor(dispatch, fresh)).isEqualTo("발주 확인 전");
        assertThat(offer(OrderAction.CANCEL_REQUEST).offered()).containsExactly(fresh, ready);
        assertThat(offer(OrderAction.RETURN_REQUEST).offered()).containsExactly(shipped);
        assertThat(reasonFor(offer(OrderAction.RETURN_REQUEST), returning)).isEqualTo("반품 · 요청 진행 중");
    }

    @Test
    void claimActionsNeedTheirClaimAndTheRightHoldState() {
        assertThat(offer(OrderAction.CANCEL_APPROVE).offered()).containsExactly(cancelling);
        assertThat(reasonFor(offer(OrderAction.CANCEL_APPROVE), ready)).isEqualTo("진행 중인 취소 요청 없음");

        Offer approve = offer(OrderAction.RETURN_APPROVE);
        assertThat(approve.offered()).containsExactly(returning);
        assertThat(reasonFor(approve, heldReturn)).isEqualTo("보류 중 (먼저 보류 해제)");
        assertThat(reasonFor(approve, exchanging)).isEqualTo("진행 중인 반품 요청 없음 (교환 · 수거 완료 진행 중)");

        assertThat(offer(OrderAction.RETURN_HOLDBACK_RELEASE).offered()).containsExactly(heldReturn);
        assertThat(reasonFor(offer(OrderAction.RETURN_HOLDBACK_RELEASE), returning)).isEqualTo("보류 중이 아님");
        assertThat(offer(OrderAction.RETURN_REJECT).offered()).containsExactly(returning, heldReturn);

        assertThat(offer(OrderAction.EXCHANGE_REDELIVER).offered()).containsExactly(exchanging);
        assertThat(offer(OrderAction.EXCHANGE_COLLECT_COMPLETE).offered()).isEmpty();
        assertThat(reasonFor(offer(OrderAction.EXCHANGE_COLLECT_COMPLETE), exchanging))
                .isEqualTo("클레임 상태가 교환 · 수거 완료");
    }

    @Test
    void aLineWithoutFactsIsNeverOffered() {
        ActionTarget unknown = Targets.target("P-9", "O-9", null);
        Offer offer = Offer.of(OrderAction.CONFIRM, List.of(unknown), reasons::reason);
        assertThat(offer.offered()).isEmpty();
        assertThat(offer.leftOut().get(0).reason()).isEqualTo("지금 상태로는 할 수 없음");
    }
}
