package io.orderdesk.ui.actions;

import static io.orderdesk.ui.actions.Targets.CLOCK;
import static io.orderdesk.ui.actions.Targets.NOW;
import static io.orderdesk.ui.actions.Targets.confirmed;
import static io.orderdesk.ui.actions.Targets.shippedWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.ui.orders.Formats;
import io.orderdesk.ui.orders.QueuedUiExecutor;
import io.orderdesk.ui.support.InlineUiExecutor;
import io.orderdesk.ui.support.UiExecutor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DispatchFormViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private final Formats formats = new Formats(ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.KOREAN));
    private final FakeActionPort port = new FakeActionPort();

    private DispatchFormViewModel grid(OrderAction action, UiExecutor executor, ActionTarget... targets) {
        DispatchFormViewModel form = new DispatchFormViewModel(action, List.of(targets), port, executor,
                new Inputs(formats), formats, CLOCK);
        form.start();
        return form;
    }

    private DispatchFormViewModel grid(ActionTarget... targets) {
        return grid(OrderAction.DISPATCH, new InlineUiExecutor(), targets);
    }

    private static void type(DispatchRow row, String number) {
        row.trackingNumberProperty().set(number);
    }

    @Test
    void rowsStartAsParcelTodayWithTheLinesOwnOrTheRememberedCarrier() {
        port.defaultCarrier = DeliveryCompany.HYUNDAI;
        DispatchFormViewModel form = grid(confirmed("P-1", "O-1"),
                shippedWith(confirmed("P-2", "O-2"), DeliveryCompany.EPOST, null));

        DispatchRow first = form.rows().get(0);
        assertThat(first.methodProperty().get()).isEqualTo(DeliveryMethod.DELIVERY);
        assertThat(first.dispatchDateProperty().get()).isEqualTo(TODAY);
        assertThat(first.companyProperty().get()).isEqualTo(DeliveryCompany.HYUNDAI);
        assertThat(form.rows().get(1).companyProperty().get()).isEqualTo(DeliveryCompany.EPOST);
        assertThat(form.applyCompanyProperty().get()).isEqualTo(DeliveryCompany.HYUNDAI);
        assertThat(first.messageProperty().get()).isEqualTo("송장번호를 입력하세요.");
        assertThat(first.wrongProperty().get()).as("missing is not wrong").isFalse();
        assertThat(form.isValid()).isFalse();
        assertThat(form.summaryProperty().get()).isEqualTo("입력 완료 0/2건");
        assertThat(form.methods()).doesNotContain(DeliveryMethod.RETURN_DELIVERY, DeliveryMethod.RETURN_DESIGNATED,
                DeliveryMethod.UNKNOWN);
    }

    @Test
    void implausibleTrackingNumbersAreShownNextToTheirRow() {
        port.defaultCarrier = DeliveryCompany.CJGLS;
        DispatchFormViewModel form = grid(confirmed("P-1", "O-1"));
        DispatchRow row = form.rows().get(0);

        type(row, "6012-3456-7890");
        assertThat(row.messageProperty().get()).isEqualTo("하이픈(-) 없이 입력하세요.");
        assertThat(row.wrongProperty().get()).isTrue();
        type(row, "60123456");
        assertThat(row.messageProperty().get()).isEqualTo("CJ대한통운 송장번호는 9~14자리 숫자입니다. (지금 8자리)");
        type(row, "60123456789O");
        assertThat(row.messageProperty().get()).isEqualTo("CJ대한통운 송장번호는 숫자만 입력합니다.");
        assertThat(form.summaryProperty().get()).isEqualTo("입력 완료 0/1건 · 고칠 곳 1건");
        assertThat(form.isValid()).isFalse();
        assertThat(port.usedQueries).as("implausible numbers are not looked up").isEmpty();

        row.companyProperty().set(null);
        type(row, "601234567890");
        assertThat(row.messageProperty().get()).isEqualTo("택배사를 선택하세요.");
        row.companyProperty().set(DeliveryCompany.CJGLS);
        assertThat(row.isComplete()).isTrue();
        assertThat(form.isValid()).isTrue();
    }

    @Test
    void aNumberOnTwoDifferentOrdersIsADuplicateButOneOrderMayShareItsBox() {
        port.defaultCarrier = DeliveryCompany.CJGLS;
        DispatchFormViewModel form = grid(confirmed("P-1", "O-1"), confirmed("P-2", "O-1"),
                confirmed("P-3", "O-2"));
        type(form.rows().get(0), "601234567890");
        type(form.rows().get(1), "601234567890");
        type(form.rows().get(2), "601234567891");
        assertThat(form.isValid()).as("P-1 and P-2 are one order").isTrue();

        type(form.rows().get(2), " 601234567890");
        assertThat(form.rows().get(2).messageProperty().get()).isEqualTo("다른 주문과 같은 송장번호: O-1");
        assertThat(form.rows().get(0).messageProperty().get()).isEqualTo("다른 주문과 같은 송장번호: O-2");
        assertThat(form.isValid()).isFalse();
    }

    @Test
    void aNumberAnotherCachedOrderCarriesIsRefused() {
        port.defaultCarrier = DeliveryCompany.HANJIN;
        port.usedNumbers.put("601234567890", Set.of("P-9", "P-8", "P-7"));
        DispatchFormViewModel form = grid(confirmed("P-1", "O-1"), confirmed("P-2", "O-2"));

        type(form.rows().get(0), "601234567890");

        assertThat(form.rows().get(0).messageProperty().get())
                .isEqualTo("이미 쓰인 송장번호: 상품주문 P-7, P-8 외 1건");
        assertThat(port.usedQueries).containsExactly(new FakeActionPort.UsedQuery("601234567890",
                Set.of("P-1", "P-2")));
        type(form.rows().get(1), "601234567899");
        type(form.rows().get(0), "601234567898");
        assertThat(form.isValid()).isTrue();
        type(form.rows().get(0), "601234567890");
        assertThat(port.usedQueries).as("answers are kept for the dialog").hasSize(3);
    }

    @Test
    void aRowWaitsForTheStoresAnswerBeforeItMaySend() {
        port.defaultCarrier = DeliveryCompany.KGB;
        QueuedUiExecutor executor = new QueuedUiExecutor();
        DispatchFormViewModel form = grid(OrderAction.DISPATCH, executor, confirmed("P-1", "O-1"));
        executor.runAll();
        DispatchRow row = form.rows().get(0);

        type(row, "30123456789");
        assertThat(row.messageProperty().get()).isEqualTo("송장번호 확인 중…");
        assertThat(row.isComplete()).isFalse();
        assertThat(form.isValid()).isFalse();
        assertThat(form.checkingProperty().get()).isTrue();
        executor.runAll();
        assertThat(form.checkingProperty().get()).isFalse();
        assertThat(row.isComplete()).isTrue();
        assertThat(form.isValid()).isTrue();
    }

    @Test
    void theDispatchDateMayNotLieAheadNorMoreThanThirtyDaysBack() {
        port.defaultCarrier = DeliveryCompany.CJGLS;
        DispatchFormViewModel form = grid(confirmed("P-1", "O-1"));
        DispatchRow row = form.rows().get(0);
        type(row, "601234567890");

        row.dispatchDateProperty().set(TODAY.plusDays(1));
        assertThat(row.messageProperty().get()).isEqualTo("발송일은 오늘 이후일 수 없습니다.");
        row.dispatchDateProperty().set(TODAY.minusDays(31));
        assertThat(row.messageProperty().get()).isEqualTo("발송일은 최근 30일 안이어야 합니다.");
        row.dispatchDateProperty().set(null);
        assertThat(row.messageProperty().get()).isEqualTo("발송일을 입력하세요.");
        row.dispatchDateProperty().set(TODAY.minusDays(30));
        assertThat(form.isValid()).isTrue();
        assertThat(form.drafts()).containsExactly(new DraftLine("P-1", new ActionInput.Dispatch(
                DeliveryMethod.DELIVERY, DeliveryCompany.CJGLS, "601234567890",
                Instant.parse("2026-10-21T01:00:00Z"))));
    }

    @Test
    void methodsWithoutParcelNeedNeitherCarrierNorNumberAndSendNone() {
        DispatchFormViewModel form = grid(confirmed("P-1", "O-1"), confirmed("P-2", "O-2"));
        form.rows().get(0).methodProperty().set(DeliveryMethod.DIRECT_DELIVERY);
        form.rows().get(1).methodProperty().set(DeliveryMethod.QUICK_SVC);
        form.rows().get(1).trackingNumberProperty().set("left over");

        assertThat(form.isValid()).isTrue();
        assertThat(form.rows().get(0).parcelProperty().get()).isFalse();
        assertThat(form.drafts()).containsExactly(
                new DraftLine("P-1", new ActionInput.Dispatch(DeliveryMethod.DIRECT_DELIVERY, null, null, NOW)),
                new DraftLine("P-2", new ActionInput.Dispatch(DeliveryMethod.QUICK_SVC, null, null, NOW)));

        form.rows().get(0).methodProperty().set(DeliveryMethod.RETURN_DELIVERY);
        assertThat(form.rows().get(0).messageProperty().get()).isEqualTo("발송에 쓸 수 없는 배송 방법입니다.");
        assertThatThrownBy(form::drafts).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void applyToAllSetsMethodAndCarrierOnEveryRow() {
        DispatchFormViewModel form = grid(confirmed("P-1", "O-1"), confirmed("P-2", "O-2"));
        form.rows().get(1).methodProperty().set(DeliveryMethod.NOTHING);
        form.applyCompanyProperty().set(DeliveryCompany.EPOST);
        form.applyToAllCommand().execute();

        assertThat(form.rows()).allSatisfy(row -> {
            assertThat(row.methodProperty().get()).isEqualTo(DeliveryMethod.DELIVERY);
            assertThat(row.companyProperty().get()).isEqualTo(DeliveryCompany.EPOST);
        });
        form.applyMethodProperty().set(null);
        form.applyCompanyProperty().set(null);
        assertThat(form.applyToAllCommand().isExecutable()).isFalse();
    }

    @Test
    void theSendingCheckCatchesANumberUsedMeanwhileAndTheCarrierIsRemembered() {
        port.defaultCarrier = DeliveryCompany.CJGLS;
        DispatchFormViewModel form = grid(confirmed("P-1", "O-1"));
        type(form.rows().get(0), "601234567890");
        List<DraftLine> drafts = form.drafts();

        assertThat(form.verify(port, drafts)).isNull();
        port.usedNumbers.put("601234567890", Set.of("P-5"));
        Runnable problems = form.verify(port, drafts);
        assertThat(problems).isNotNull();
        problems.run();
        assertThat(form.rows().get(0).messageProperty().get()).isEqualTo("이미 쓰인 송장번호: 상품주문 P-5");
        assertThat(form.isValid()).isFalse();

        form.submitted(port, drafts);
        assertThat(port.remembered).containsExactly(DeliveryCompany.CJGLS);
    }

    @Test
    void theRedeliveryGridHasNoDateAndHandsOnRedeliveries() {
        port.defaultCarrier = DeliveryCompany.CJGLS;
        ActionTarget shipped = shippedWith(confirmed("P-1", "O-1"), DeliveryCompany.HANJIN, "501234567890");
        DispatchFormViewModel form = grid(OrderAction.EXCHANGE_REDELIVER, new InlineUiExecutor(), shipped);

        DispatchRow row = form.rows().get(0);
        assertThat(form.withDate()).isFalse();
        assertThat(row.companyProperty().get()).as("the original carrier").isEqualTo(DeliveryCompany.HANJIN);
        assertThat(row.trackingNumberProperty().get()).as("a new parcel needs a new number").isEmpty();
        assertThat(row.dispatchDateProperty().get()).isNull();
        type(row, "501234567891");
        assertThat(form.drafts()).containsExactly(new DraftLine("P-1", new ActionInput.Redeliver(
                DeliveryMethod.DELIVERY, DeliveryCompany.HANJIN, "501234567891")));
    }
}
