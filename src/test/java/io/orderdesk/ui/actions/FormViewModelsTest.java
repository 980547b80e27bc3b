package io.orderdesk.ui.actions;

import static io.orderdesk.ui.actions.Targets.CLOCK;
import static io.orderdesk.ui.actions.Targets.confirmed;
import static io.orderdesk.ui.actions.Targets.delivering;
import static io.orderdesk.ui.actions.Targets.withQuantity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.CancelRequestReason;
import io.orderdesk.domain.DelayedDispatchReason;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.HoldbackReason;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.domain.ReturnRequestReason;
import io.orderdesk.ui.orders.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The single-input forms: every field's rule, and exactly what they hand on. */
class FormViewModelsTest {

    private final Formats formats = new Formats(ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.KOREAN));
    private final Inputs inputs = new Inputs(formats);
    private final ActionTarget one = withQuantity(confirmed("P-1", "O-1"), 3);
    private final ActionTarget two = confirmed("P-2", "O-2");

    private DelayFormViewModel delay(Map<String, Instant> dueDates) {
        return new DelayFormViewModel(List.of(one, two), dueDates, inputs, formats, CLOCK);
    }

    @Test
    void theDelayDueDateMustLieAfterTodayAndTheCurrentDueDateWithinNinetyDays() {
        DelayFormViewModel form = delay(Map.of("P-2", Instant.parse("2026-11-22T14:59:59Z")));
        assertThat(form.currentDueDate()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(form.dueDateErrorProperty().get()).isEqualTo("새 발송기한을 고르세요.");

        form.dueDateProperty().set(LocalDate.of(2026, 11, 20));
        assertThat(form.dueDateErrorProperty().get()).isEqualTo("발송기한은 내일 이후 날짜로 고르세요.");
        form.dueDateProperty().set(LocalDate.of(2026, 11, 19));
        assertThat(form.dueDateErrorProperty().get()).isEqualTo("발송기한은 내일 이후 날짜로 고르세요.");
        form.dueDateProperty().set(LocalDate.of(2026, 11, 22));
        assertThat(form.dueDateErrorProperty().get()).isEqualTo("지금 발송기한(2026-11-22)보다 뒤의 날짜를 고르세요.");
        form.dueDateProperty().set(LocalDate.of(2027, 2, 19));
        assertThat(form.dueDateErrorProperty().get()).isEqualTo("발송기한은 오늘부터 90일 안으로만 미룰 수 있습니다.");
        form.dueDateProperty().set(LocalDate.of(2027, 2, 18));
        assertThat(form.dueDateErrorProperty().get()).isEmpty();

        DelayFormViewModel unknownDue = delay(Map.of());
        unknownDue.dueDateProperty().set(LocalDate.of(2026, 11, 21));
        assertThat(unknownDue.dueDateErrorProperty().get()).isEmpty();
    }

    @Test
    void theDelayNeedsAReasonAndADetailOfAtMostThreeHundredCharacters() {
        DelayFormViewModel form = delay(Map.of());
        form.dueDateProperty().set(LocalDate.of(2026, 11, 25));
        assertThat(form.reasonErrorProperty().get()).isEqualTo("항목을 선택하세요.");
        assertThat(form.detailErrorProperty().get()).isEqualTo("내용을 입력하세요.");
        assertThat(form.reasons()).doesNotContain(DelayedDispatchReason.UNKNOWN).hasSize(6);

        form.reasonProperty().set(DelayedDispatchReason.CUSTOM_BUILD);
        form.detailProperty().set("   ");
        assertThat(form.detailErrorProperty().get()).isEqualTo("내용을 입력하세요.");
        form.detailProperty().set("가".repeat(301));
        assertThat(form.detailErrorProperty().get()).isEqualTo("300자까지 입력할 수 있습니다. (지금 301자)");
        assertThat(form.isValid()).isFalse();
        assertThatThrownBy(form::drafts).isInstanceOf(IllegalStateException.class);

        form.detailProperty().set("  주문 제작으로 사흘 더 걸립니다.  ");
        assertThat(form.isValid()).isTrue();
        assertThat(form.drafts()).containsExactly(
                new DraftLine("P-1", new ActionInput.Delay(Instant.parse("2026-11-25T14:59:59Z"),
                        DelayedDispatchReason.CUSTOM_BUILD, "주문 제작으로 사흘 더 걸립니다.")),
                new DraftLine("P-2", new ActionInput.Delay(Instant.parse("2026-11-25T14:59:59Z"),
                        DelayedDispatchReason.CUSTOM_BUILD, "주문 제작으로 사흘 더 걸립니다.")));
    }

    @Test
    void aCancelNeedsAReasonAndAQuantityUpToWhatRemains() {
        CancelFormViewModel form = new CancelFormViewModel(List.of(one), inputs);
        assertThat(form.quantityProperty().get()).as("all by default").isEqualTo("3");
        assertThat(form.reasonErrorProperty().get()).isEqualTo("항목을 선택하세요.");
        form.reasonProperty().set(CancelRequestReason.SOLD_OUT);
        assertThat(form.isValid()).isTrue();
        assertThat(form.drafts()).containsExactly(new DraftLine("P-1",
                new ActionInput.CancelRequest(CancelRequestReason.SOLD_OUT, null, null)));

        for (String wrong : new String[] {"4", "0", "-1", "two", ""}) {
            form.quantityProperty().set(wrong);
            assertThat(form.quantityErrorProperty().get()).as(wrong).isEqualTo("수량은 1부터 3까지의 숫자로 입력하세요.");
            assertThat(form.isValid()).isFalse();
        }
        form.quantityProperty().set(" 2 ");
        form.detailProperty().set("가".repeat(501));
        assertThat(form.detailErrorProperty().get()).isEqualTo("500자까지 입력할 수 있습니다. (지금 501자)");
        form.detailProperty().set("가".repeat(500));
        assertThat(form.drafts()).containsExactly(new DraftLine("P-1",
                new ActionInput.CancelRequest(CancelRequestReason.SOLD_OUT, "가".repeat(500), 2)));
    }

    @Test
    void cancellingSeveralLinesCancelsEachWholeWithoutAskingTheQuantity() {
        CancelFormViewModel form = new CancelFormViewModel(List.of(one, two), inputs);
        form.reasonProperty().set(CancelRequestReason.WRONG_ORDER);
        form.detailProperty().set("품절");
        assertThat(form.singleLine()).isFalse();
        assertThat(form.quantityErrorProperty().get()).isEmpty();
        assertThat(form.drafts()).extracting(DraftLine::input).containsOnly(
                new ActionInput.CancelRequest(CancelRequestReason.WRONG_ORDER, "품절", null));
    }

    @Test
    void aReturnRequestChecksTheCollectTrackingNumberAndItsCarrier() {
        ReturnRequestFormViewModel form = new ReturnRequestFormViewModel(List.of(withQuantity(delivering("P-3",
                "O-3"), 2)), inputs);
        assertThat(form.collectMethodProperty().get()).isEqualTo(DeliveryMethod.RETURN_DESIGNATED);
        assertThat(form.methods()).doesNotContain(DeliveryMethod.NOTHING);
        form.reasonProperty().set(ReturnRequestReason.BROKEN);
        assertThat(form.isValid()).as("carrier and tracking are optional").isTrue();

        form.trackingNumberProperty().set("1234-5678");
        assertThat(form.trackingErrorProperty().get()).isEqualTo("하이픈(-) 없이 입력하세요.");
        form.trackingNumberProperty().set("601234567890");
        assertThat(form.companyErrorProperty().get()).isEqualTo("수거 송장번호를 넣었다면 수거 택배사도 고르세요.");
        form.companyProperty().set(DeliveryCompany.HANJIN);
        form.trackingNumberProperty().set("60123");
        assertThat(form.trackingErrorProperty().get()).isEqualTo("한진택배 송장번호는 9~14자리 숫자입니다. (지금 5자리)");
        form.trackingNumberProperty().set(" 601234567890");
        form.quantityProperty().set("3");
        assertThat(form.quantityErrorProperty().get()).isEqualTo("수량은 1부터 2까지의 숫자로 입력하세요.");
        form.quantityProperty().set("1");
        assertThat(form.drafts()).containsExactly(new DraftLine("P-3", new ActionInput.ReturnRequest(
                ReturnRequestReason.BROKEN, DeliveryMethod.RETURN_DESIGNATED, DeliveryCompany.HANJIN,
                "601234567890", 1)));
    }

    @Test
    void aRejectNeedsItsReason() {
        RejectFormViewModel form = new RejectFormViewModel(OrderAction.EXCHANGE_REJECT, List.of(one), inputs);
        assertThat(form.reasonErrorProperty().get()).isEqualTo("내용을 입력하세요.");
        form.reasonProperty().set("  \t ");
        assertThat(form.isValid()).isFalse();
        form.reasonProperty().set(" 착용한 상품은 교환할 수 없습니다. ");
        assertThat(form.drafts()).containsExactly(new DraftLine("P-1",
                new ActionInput.Reject("착용한 상품은 교환할 수 없습니다.")));
        assertThatThrownBy(() -> new RejectFormViewModel(OrderAction.RETURN_APPROVE, List.of(one), inputs))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHoldbackNeedsTypeAndDetailAndAWholeFeeOfZeroOrMore() {
        HoldbackFormViewModel form = new HoldbackFormViewModel(OrderAction.RETURN_HOLDBACK, List.of(one), inputs);
        assertThat(form.reasons()).contains(HoldbackReason.RETURN_DELIVERYFEE, HoldbackReason.EXTRAFEEE)
                .doesNotContain(HoldbackReason.EXCHANGE_DELIVERYFEE, HoldbackReason.UNKNOWN);
        form.reasonProperty().set(HoldbackReason.EXCHANGE_DELIVERYFEE);
        assertThat(form.reasonErrorProperty().get()).as("an exchange type on a return").isNotEmpty();
        form.reasonProperty().set(HoldbackReason.RETURN_DELIVERYFEE);
        assertThat(form.reasonErrorProperty().get()).isEmpty();
        assertThat(form.detailErrorProperty().get()).isEqualTo("내용을 입력하세요.");
        form.detailProperty().set("왕복 배송비 6,000원");

        form.feeProperty().set("-3000");
        assertThat(form.feeErrorProperty().get()).isEqualTo("금액은 0원 이상이어야 합니다.");
        assertThat(form.isValid()).isFalse();
        form.feeProperty().set("3000.5");
        assertThat(form.feeErrorProperty().get()).isEqualTo("금액은 원 단위 숫자로 입력하세요.");
        form.feeProperty().set("10000001");
        assertThat(form.feeErrorProperty().get()).isEqualTo("금액은 10,000,000원을 넘을 수 없습니다.");
        form.feeProperty().set("6,000");
        assertThat(form.drafts()).containsExactly(new DraftLine("P-1", new ActionInput.Holdback(
                HoldbackReason.RETURN_DELIVERYFEE, "왕복 배송비 6,000원", 6000L)));
        form.feeProperty().set("0");
        assertThat(form.drafts().get(0).input()).isEqualTo(new ActionInput.Holdback(
                HoldbackReason.RETURN_DELIVERYFEE, "왕복 배송비 6,000원", 0L));
        form.feeProperty().set(" ");
        assertThat(form.drafts().get(0).input()).isEqualTo(new ActionInput.Holdback(
                HoldbackReason.RETURN_DELIVERYFEE, "왕복 배송비 6,000원", null));

        HoldbackFormViewModel exchange = new HoldbackFormViewModel(OrderAction.EXCHANGE_HOLDBACK, List.of(one),
                inputs);
        assertThat(exchange.reasons()).contains(HoldbackReason.EXCHANGE_PRODUCT_READY)
                .doesNotContain(HoldbackReason.RETURN_DELIVERYFEE);
    }

    @Test
    void noInputFormsHandOnNoneForEveryLine() {
        NoInputForm form = new NoInputForm(OrderAction.CONFIRM, List.of(one, two), inputs);
        assertThat(form.isValid()).isTrue();
        assertThat(form.drafts()).containsExactly(new DraftLine("P-1", ActionInput.None.INSTANCE),
                new DraftLine("P-2", ActionInput.None.INSTANCE));
    }
}
