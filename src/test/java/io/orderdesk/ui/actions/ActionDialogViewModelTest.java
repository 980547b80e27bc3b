package io.orderdesk.ui.actions;

import static io.orderdesk.ui.actions.Targets.CLOCK;
import static io.orderdesk.ui.actions.Targets.NOW;
import static io.orderdesk.ui.actions.Targets.addressChanged;
import static io.orderdesk.ui.actions.Targets.confirmed;
import static io.orderdesk.ui.actions.Targets.delivering;
import static io.orderdesk.ui.actions.Targets.newOrder;
import static io.orderdesk.ui.actions.Targets.returnRequested;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.ActionLineState;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.HoldbackReason;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.ui.orders.Formats;
import io.orderdesk.ui.orders.QueuedUiExecutor;
import io.orderdesk.ui.support.InlineUiExecutor;
import io.orderdesk.ui.support.UiExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ActionDialogViewModelTest {

    private final ResourceBundle korean = ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.KOREAN);
    private final FakeActionPort port = new FakeActionPort();

    private ActionDialogViewModel dialog(OrderAction action, UiExecutor executor, ActionTarget... selected) {
        Formats formats = new Formats(korean);
        return new ActionDialogViewModel(action, List.of(selected), port, executor, formats,
                new ActionForms(port, executor, formats, CLOCK, Map.of()));
    }

    private ActionDialogViewModel dialog(OrderAction action, ActionTarget... selected) {
        return dialog(action, new InlineUiExecutor(), selected);
    }

    private static LineResult line(String id, ActionLineState state, String code, String message, String trace,
                                   String note, boolean addressChanged) {
        return new LineResult(id, state, code, message, trace, note, addressChanged);
    }

    @Test
    void onlyAllowedLinesAreOfferedAndTheRestAreNamedWithTheirReason() {
        ActionDialogViewModel viewModel = dialog(OrderAction.CONFIRM, newOrder("P-1", "O-1"),
                confirmed("P-2", "O-2"), newOrder("P-3", "O-3"));

        assertThat(viewModel.offerProperty().get().offered()).extracting(ActionTarget::productOrderId)
                .containsExactly("P-1", "P-3");
        assertThat(viewModel.leftOutProperty().get()).isEqualTo("선택한 3건 중 1건은 ‘발주 확인’을(를) 할 수 없어 제외했습니다.");
        assertThat(viewModel.leftOutDetailsProperty().get()).isEqualTo("• P-2 무선 키보드 2: 이미 발주 확인됨");
        assertThat(viewModel.sendTextProperty().get()).isEqualTo("발주 확인 2건 보내기");
        assertThat(viewModel.sendCommand().isExecutable()).isTrue();

        ActionDialogViewModel none = dialog(OrderAction.DISPATCH, newOrder("P-1", "O-1"));
        assertThat(none.leftOutProperty().get()).isEqualTo("선택한 1건 모두 ‘발송 처리’을(를) 할 수 없는 상태입니다.");
        assertThat(none.sendCommand().isExecutable()).isFalse();
        none.sendCommand().execute();
        assertThat(port.submitted).isEmpty();
    }

    @Test
    void nothingIsSubmittedWhileTheFormIsInvalidAndExactlyTheInputOnceValid() {
        port.defaultCarrier = DeliveryCompany.CJGLS;
        ActionDialogViewModel viewModel = dialog(OrderAction.DISPATCH, confirmed("P-1", "O-1"),
                confirmed("P-2", "O-2"), delivering("P-3", "O-3"));
        DispatchFormViewModel grid = (DispatchFormViewModel) viewModel.formProperty().get();
        grid.rows().get(0).trackingNumberProperty().set("601234567890");
        grid.rows().get(1).trackingNumberProperty().set("6012");

        assertThat(viewModel.sendCommand().isExecutable()).isFalse();
        viewModel.sendCommand().execute();
        assertThat(port.submitted).isEmpty();

        grid.rows().get(1).trackingNumberProperty().set("601234567891");
        assertThat(viewModel.sendCommand().isExecutable()).isTrue();
        viewModel.sendCommand().execute();

        FakeActionPort.Submitted sent = port.last();
        assertThat(sent.action()).isEqualTo(OrderAction.DISPATCH);
        assertThat(sent.lines()).containsExactly(
                new DraftLine("P-1", new ActionInput.Dispatch(DeliveryMethod.DELIVERY, DeliveryCompany.CJGLS,
                        "601234567890", NOW)),
                new DraftLine("P-2", new ActionInput.Dispatch(DeliveryMethod.DELIVERY, DeliveryCompany.CJGLS,
                        "601234567891", NOW)));
        assertThat(port.remembered).containsExactly(DeliveryCompany.CJGLS);
        assertThat(viewModel.sentProperty().get()).isTrue();
        assertThat(viewModel.sendCommand().isExecutable()).as("sent once").isFalse();
        assertThat(viewModel.statusProperty().get()).isEqualTo("2건을 전송 대기열에 넣었습니다. 결과는 위 목록에 바로 표시됩니다.");
    }

    @Test
    void resultsFollowTheOutboxAndSkippedDispatchLinesGetTheirOwnHeading() {
        port.defaultCarrier = DeliveryCompany.CJGLS;
        ActionDialogViewModel viewModel = dialog(OrderAction.DISPATCH, confirmed("P-1", "O-1"),
                confirmed("P-2", "O-2"), confirmed("P-3", "O-3"));
        DispatchFormViewModel grid = (DispatchFormViewModel) viewModel.formProperty().get();
        for (int i = 0; i < 3; i++) {
            grid.rows().get(i).trackingNumberProperty().set("60123456789" + i);
        }
        viewModel.sendCommand().execute();
        ActionResultsViewModel results = viewModel.results();
        assertThat(results.rows()).extracting(ResultRow::stateLabel).containsOnly("대기");
        assertThat(results.summaryProperty().get()).isEqualTo("처리 중: 대기 3");
        assertThat(results.skippedHeadingProperty().get()).isEmpty();

        long id = port.last().id();
        port.update(id, List.of(
                line("P-1", ActionLineState.DONE, null, null, "trace-1", null, false),
                line("P-2", ActionLineState.FAILED, "104121", "배송 송장 오류(기사용 송장)", "trace-1", null, false),
                line("P-3", ActionLineState.SKIPPED, null, null, null, "반품 요청이 들어옴", false)));

        assertThat(results.rows()).extracting(ResultRow::productOrderId, ResultRow::stateLabel, ResultRow::code,
                ResultRow::traceId).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("P-1", "완료", "", "trace-1"),
                        org.assertj.core.groups.Tuple.tuple("P-2", "실패", "104121", "trace-1"),
                        org.assertj.core.groups.Tuple.tuple("P-3", "제외됨", "", ""));
        assertThat(results.rows().get(0).productName()).isEqualTo("무선 키보드 1");
        assertThat(results.skippedHeadingProperty().get()).isEqualTo("다음 1건은 발송에서 제외됨");
        assertThat(results.skipped()).extracting(ResultRow::note).containsExactly("반품 요청이 들어옴");
        assertThat(results.finishedProperty().get()).isTrue();
        assertThat(results.summaryProperty().get()).isEqualTo("모두 처리됨: 완료 1 · 실패 1 · 제외됨 1");

        List<String> clipboard = new ArrayList<>();
        results.useClipboard(clipboard::add);
        results.copyTraceId(results.rows().get(1));
        assertThat(clipboard).containsExactly("trace-1");
        assertThat(results.statusProperty().get()).isEqualTo("Trace ID trace-1을(를) 복사했습니다.");

        port.update(id + 100, List.of());
        assertThat(results.rows()).as("other actions are not ours").hasSize(3);
        viewModel.close();
        assertThat(port.listeners).isEmpty();
    }

    @Test
    void aLateAnswerDoesNotOverwriteANewerOne() {
        QueuedUiExecutor executor = new QueuedUiExecutor();
        ActionDialogViewModel viewModel = dialog(OrderAction.CONFIRM, executor, newOrder("P-1", "O-1"));
        viewModel.sendCommand().execute();
        executor.runAll();
        long id = port.last().id();

        port.update(id, List.of(line("P-1", ActionLineState.SENDING, null, null, null, null, false)));
        port.update(id, List.of(line("P-1", ActionLineState.DONE, null, null, "t", null, true)));
        assertThat(executor.pending()).isEqualTo(2);
        executor.runLast();
        executor.runNext();

        ResultRow row = viewModel.results().rows().get(0);
        assertThat(row.state()).isEqualTo(ActionLineState.DONE);
        assertThat(viewModel.results().addressNoticeProperty().get())
                .isEqualTo("1건은 구매자가 배송지를 바꿨습니다. 송장을 출력하기 전에 주소를 확인하세요.");
    }

    @Test
    void aFamilyOffersEachOfItsActionsWithTheirOwnLinesAndForms() {
        ActionDialogViewModel viewModel = dialog(OrderAction.RETURN_APPROVE, returnRequested("P-1", "O-1", false),
                returnRequested("P-2", "O-2", true), delivering("P-3", "O-3"));

        assertThat(viewModel.family()).isEqualTo(ActionFamily.RETURN_FAMILY);
        assertThat(viewModel.actions()).containsExactly(OrderAction.RETURN_REQUEST, OrderAction.RETURN_APPROVE,
                OrderAction.RETURN_REJECT, OrderAction.RETURN_HOLDBACK, OrderAction.RETURN_HOLDBACK_RELEASE);
        assertThat(viewModel.offerFor(OrderAction.RETURN_REQUEST).offered()).hasSize(1);
        assertThat(viewModel.offerProperty().get().offered()).extracting(ActionTarget::productOrderId)
                .containsExactly("P-1");

        viewModel.actionProperty().set(OrderAction.RETURN_HOLDBACK);
        HoldbackFormViewModel holdback = (HoldbackFormViewModel) viewModel.formProperty().get();
        assertThat(viewModel.sendCommand().isExecutable()).isFalse();
        holdback.reasonProperty().set(HoldbackReason.RETURN_PRODUCT_NOT_DELIVERED);
        holdback.detailProperty().set("반품 상품 미입고");
        holdback.feeProperty().set("-1");
        assertThat(viewModel.sendCommand().isExecutable()).isFalse();
        viewModel.actionProperty().set(OrderAction.RETURN_APPROVE);
        assertThat(viewModel.sendCommand().isExecutable()).isTrue();
        viewModel.actionProperty().set(OrderAction.RETURN_HOLDBACK);
        assertThat(viewModel.formProperty().get()).as("kept while switching").isSameAs(holdback);
        holdback.feeProperty().set("");
        viewModel.sendCommand().execute();

        assertThat(port.last().action()).isEqualTo(OrderAction.RETURN_HOLDBACK);
        assertThat(port.last().lines()).containsExactly(new DraftLine("P-1", new ActionInput.Holdback(
                HoldbackReason.RETURN_PRODUCT_NOT_DELIVERED, "반품 상품 미입고", null)));
        viewModel.actionProperty().set(OrderAction.RETURN_APPROVE);
        assertThat(viewModel.actionProperty().get()).as("fixed once sent").isEqualTo(OrderAction.RETURN_HOLDBACK);
    }

    @Test
    void aFailedSubmitLeavesTheDialogReadyToTryAgain() {
        port.submitFailure = new IllegalStateException("disk full");
        ActionDialogViewModel viewModel = dialog(OrderAction.CONFIRM, newOrder("P-1", "O-1"));
        viewModel.sendCommand().execute();

        assertThat(viewModel.sentProperty().get()).isFalse();
        assertThat(viewModel.statusIsErrorProperty().get()).isTrue();
        assertThat(viewModel.statusProperty().get()).isEqualTo("보내지 못했습니다. 잠시 뒤 다시 시도하세요.");
        port.submitFailure = null;
        assertThat(viewModel.sendCommand().isExecutable()).isTrue();
        viewModel.sendCommand().execute();
        assertThat(port.submitted).hasSize(1);
    }

    @Test
    void aNumberFoundUsedJustBeforeSubmittingStopsTheSend() {
        port.defaultCarrier = DeliveryCompany.CJGLS;
        QueuedUiExecutor executor = new QueuedUiExecutor();
        ActionDialogViewModel viewModel = dialog(OrderAction.DISPATCH, executor, confirmed("P-1", "O-1"));
        executor.runAll();
        DispatchFormViewModel grid = (DispatchFormViewModel) viewModel.formProperty().get();
        grid.rows().get(0).trackingNumberProperty().set("601234567890");
        executor.runAll();
        viewModel.sendCommand().execute();
        port.usedNumbers.put("601234567890", java.util.Set.of("P-8"));
        executor.runAll();

        assertThat(port.submitted).isEmpty();
        assertThat(viewModel.sentProperty().get()).isFalse();
        assertThat(viewModel.statusProperty().get()).startsWith("다른 주문에 이미 쓰인 송장번호가 있어");
        assertThat(grid.rows().get(0).messageProperty().get()).isEqualTo("이미 쓰인 송장번호: 상품주문 P-8");
        assertThat(viewModel.sendCommand().isExecutable()).isFalse();
    }

    @Test
    void addressChangedTargetsAreStillOfferedForConfirm() {
        ActionDialogViewModel viewModel = dialog(OrderAction.CONFIRM, addressChanged(newOrder("P-1", "O-1")));
        assertThat(viewModel.offerProperty().get().offered()).hasSize(1);
        assertThat(viewModel.leftOutProperty().get()).isEmpty();
    }
}
