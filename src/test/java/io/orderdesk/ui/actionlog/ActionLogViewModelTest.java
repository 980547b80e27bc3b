package io.orderdesk.ui.actionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.ActionLineState;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.domain.ReturnRequestReason;
import io.orderdesk.ui.orders.QueuedUiExecutor;
import io.orderdesk.ui.support.InlineUiExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ActionLogViewModelTest {

    private final ResourceBundle korean = ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.KOREAN);
    private final FakeActionLogPort port = FakeActionLogPort.sample();
    private final Dialogs dialogs = new Dialogs();

    @Test
    void listsActionsWithTheirCountsAndSaysWhichHaveProblems() {
        ActionLogViewModel viewModel = started(new InlineUiExecutor());

        assertThat(viewModel.actions()).extracting(ActionItem::actionId).containsExactly(3L, 2L, 1L);
        ActionItem dispatch = viewModel.actions().get(0);
        assertThat(dispatch.time()).isEqualTo("2026-11-20 10:30:00");
        assertThat(dispatch.action()).isEqualTo("발송 처리");
        assertThat(dispatch.operator()).isEqualTo("김하나");
        assertThat(dispatch.lines()).isEqualTo(3);
        assertThat(dispatch.counts()).extracting(StateCount::label, StateCount::count, StateCount::style)
                .containsExactly(tuple("완료", 1, "done"),
                        tuple("실패", 1, "failed"),
                        tuple("결과 확인 필요", 1, "unknown"));
        assertThat(viewModel.actions()).extracting(ActionItem::problem).containsExactly(true, false, true);
        assertThat(viewModel.actions().get(2).counts()).extracting(StateCount::label).containsExactly("제외됨");
        assertThat(viewModel.summaryProperty().get()).isEqualTo("최근 작업 3건 · 문제 2건");
        assertThat(port.recentCalls).containsExactly(ActionLogViewModel.LIMIT);
    }

    @Test
    void theFilterShowsOnlyActionsWithFailedUnknownOrSkippedLines() {
        ActionLogViewModel viewModel = started(new InlineUiExecutor());
        viewModel.selectedProperty().set(viewModel.actions().get(1));

        viewModel.problemsOnlyProperty().set(true);

        assertThat(viewModel.actions()).extracting(ActionItem::actionId).containsExactly(3L, 1L);
        assertThat(viewModel.selectedProperty().get()).as("the confirm is hidden now").isNull();
        assertThat(viewModel.lines().lines()).isEmpty();
        viewModel.problemsOnlyProperty().set(false);
        assertThat(viewModel.actions()).hasSize(3);
    }

    @Test
    void theSelectedActionShowsItsLines() {
        ActionLogViewModel viewModel = started(new InlineUiExecutor());
        assertThat(viewModel.selectedProperty().get()).as("opened on the newest action")
                .isSameAs(viewModel.actions().get(0));

        ActionLinesViewModel lines = viewModel.lines();
        assertThat(lines.headingProperty().get()).isEqualTo("발송 처리 · 2026-11-20 10:30:00 · 김하나 · 3건");
        assertThat(lines.lines()).extracting(LineItem::state).containsExactly("완료", "실패", "결과 확인 필요");
        assertThat(lines.lines()).extracting(LineItem::resendable).containsExactly(false, true, true);
        LineItem failed = lines.lines().get(1);
        assertThat(failed.code()).isEqualTo("104122");
        assertThat(failed.message()).isEqualTo("배송 송장 오류(비유효 송장)");
        assertThat(failed.traceId()).isEqualTo("trace-d2");
        assertThat(failed.input()).isEqualTo("CJ대한통운 61234");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.updated()).isEqualTo("2026-11-20 10:01:00");
        assertThat(port.lineCalls).containsExactly(3L);

        viewModel.selectedProperty().set(null);
        assertThat(lines.headingProperty().get()).contains("작업을 고르면");
        assertThat(lines.lines()).isEmpty();
    }

    @Test
    void resendSendsTheCorrectedTrackingNumberOnceItIsValid() {
        ActionLogViewModel viewModel = started(new InlineUiExecutor());
        viewModel.selectedProperty().set(viewModel.actions().get(0));
        ActionLinesViewModel lines = viewModel.lines();
        lines.selectedLines().setAll(lines.lines().get(1));
        dialogs.answer = form -> {
            ResendLine line = form.lines().get(0);
            assertThat(line.isCorrectable()).isTrue();
            assertThat(line.carrierProperty().get()).isEqualTo(DeliveryCompany.CJGLS);
            assertThat(line.errorProperty().get()).isEqualTo("이 택배사의 송장번호는 9~14자리 숫자입니다.");
            assertThat(form.isValid()).isFalse();
            line.trackingProperty().set("6123-4567-8901");
            assertThat(line.errorProperty().get()).isEqualTo("송장번호는 하이픈(-) 없이 입력하세요.");
            line.carrierProperty().set(null);
            assertThat(line.errorProperty().get()).isEqualTo("택배사를 고르세요.");
            line.carrierProperty().set(DeliveryCompany.HANJIN);
            line.trackingProperty().set(" 412345678901 ");
            assertThat(form.isValid()).isTrue();
            return true;
        };

        assertThat(lines.resendCommand().isExecutable()).isTrue();
        lines.resendCommand().execute();

        assertThat(port.resends).hasSize(1);
        assertThat(port.resends.get(0).actionId()).isEqualTo(3L);
        assertThat(port.resends.get(0).lines()).containsOnlyKeys("2026112010000002");
        ActionInput.Dispatch sent = (ActionInput.Dispatch) port.resends.get(0).lines().get("2026112010000002");
        assertThat(sent.company()).isEqualTo(DeliveryCompany.HANJIN);
        assertThat(sent.trackingNumber()).isEqualTo("412345678901");
        assertThat(sent.dispatchDate()).isEqualTo(FakeActionLogPort.T0);
        assertThat(viewModel.statusProperty().get()).isEqualTo("1건을 다시 보냈습니다.");
        assertThat(port.lineCalls).as("lines read again after sending").containsExactly(3L, 3L);
        assertThat(lines.selectedLines()).extracting(LineItem::productOrderId).containsExactly("2026112010000002");
    }

    @Test
    void nothingIsSentWhenTheDialogIsCancelledOrTheFormInvalid() {
        ActionLogViewModel viewModel = started(new InlineUiExecutor());
        viewModel.selectedProperty().set(viewModel.actions().get(0));
        ActionLinesViewModel lines = viewModel.lines();
        lines.selectedLines().setAll(lines.lines().get(1));

        dialogs.answer = form -> false;
        lines.resendCommand().execute();
        dialogs.answer = form -> true;
        lines.resendCommand().execute();

        assertThat(port.resends).as("cancelled, then confirmed with the bad number still in").isEmpty();
        assertThat(dialogs.forms).hasSize(2);
        assertThat(lines.resendCommand().isExecutable()).isTrue();
    }

    @Test
    void onlyFailedAndUnknownLinesAreSentAgain() {
        ActionLogViewModel viewModel = started(new InlineUiExecutor());
        viewModel.selectedProperty().set(viewModel.actions().get(0));
        ActionLinesViewModel lines = viewModel.lines();
        lines.selectedLines().setAll(lines.lines().get(0));
        assertThat(lines.resendCommand().isExecutable()).as("a done line alone").isFalse();

        lines.selectedLines().setAll(lines.lines());
        dialogs.answer = form -> {
            assertThat(form.hasUnknown()).isTrue();
            form.lines().get(0).trackingProperty().set("612345678902");
            return true;
        };
        lines.resendCommand().execute();

        assertThat(dialogs.forms.get(0).lines()).extracting(ResendLine::productOrderId)
                .containsExactly("2026112010000002", "2026112010000003");
        assertThat(port.resends.get(0).lines()).containsOnlyKeys("2026112010000002", "2026112010000003");
        assertThat(((ActionInput.Dispatch) port.resends.get(0).lines().get("2026112010000003")).trackingNumber())
                .as("unchanged line goes as it was").isEqualTo("512345678901");
    }

    @Test
    void aReturnRequestMayLeaveCarrierAndNumberOutButNotJustOne() {
        ActionLineRow row = FakeActionLogPort.line("2026112010000031", ActionLineState.FAILED, "x", "x", "t", 1,
                new ActionInput.ReturnRequest(ReturnRequestReason.INTENT_CHANGED,
                        DeliveryMethod.RETURN_DELIVERY, null, null, 2));
        ResendForm form = new ResendForm(9, OrderAction.RETURN_REQUEST, List.of(row), korean);
        ResendLine line = form.lines().get(0);

        assertThat(form.isValid()).isTrue();
        line.carrierProperty().set(DeliveryCompany.EPOST);
        assertThat(line.errorProperty().get()).isEqualTo("송장번호를 입력하세요.");
        line.trackingProperty().set("6865123456789");
        assertThat(form.isValid()).isTrue();
        ActionInput.ReturnRequest input = (ActionInput.ReturnRequest) form.inputs().get("2026112010000031");
        assertThat(input.company()).isEqualTo(DeliveryCompany.EPOST);
        assertThat(input.trackingNumber()).isEqualTo("6865123456789");
        assertThat(input.quantity()).isEqualTo(2);
    }

    @Test
    void linesWithoutParcelDetailsGoAsTheyWere() {
        ActionLineRow direct = FakeActionLogPort.line("2026112010000041", ActionLineState.FAILED, "x", "x", "t", 1,
                new ActionInput.Dispatch(DeliveryMethod.DIRECT_DELIVERY, null, null,
                        FakeActionLogPort.T0));
        ActionLineRow confirm = FakeActionLogPort.line("2026112010000042", ActionLineState.UNKNOWN, null, null, "t",
                1, ActionInput.None.INSTANCE);
        ResendForm form = new ResendForm(9, OrderAction.DISPATCH, List.of(direct, confirm),
                korean);

        assertThat(form.isCorrectable()).isFalse();
        assertThat(form.isValid()).isTrue();
        assertThat(form.inputs().get("2026112010000041")).isEqualTo(direct.input());
        assertThat(form.inputs().get("2026112010000042")).isSameAs(ActionInput.None.INSTANCE);
    }

    @Test
    void settleAsksTheOutboxForActionsWithUnknownLines() {
        ActionLogViewModel viewModel = started(new InlineUiExecutor());
        ActionLinesViewModel lines = viewModel.lines();
        viewModel.selectedProperty().set(viewModel.actions().get(1));
        assertThat(lines.settleCommand().isExecutable()).as("all done").isFalse();

        viewModel.selectedProperty().set(viewModel.actions().get(0));
        lines.settleCommand().execute();

        assertThat(port.settles).containsExactly(3L);
        assertThat(viewModel.statusProperty().get()).isEqualTo("결과 확인을 마쳤습니다.");
        port.failure = new IllegalStateException("offline");
        lines.settleCommand().execute();
        assertThat(viewModel.statusProperty().get()).isEqualTo("결과를 확인하지 못했습니다. 잠시 후 다시 시도하세요.");
        assertThat(lines.settleCommand().isExecutable()).isTrue();
    }

    @Test
    void exportWritesTheAuditLogWhereTheUserChose() {
        Clock clock = Clock.fixed(FakeActionLogPort.T0, ZoneOffset.UTC);
        ActionLogViewModel viewModel = new ActionLogViewModel(port, new InlineUiExecutor(), korean, clock);
        viewModel.useDialogs(dialogs);

        viewModel.exportCommand().execute();
        assertThat(port.exports).as("cancelled").isEmpty();
        dialogs.file = Path.of("/tmp/audit.csv");
        viewModel.exportCommand().execute();

        assertThat(dialogs.suggestedNames).containsExactly("orderdesk-audit-20261120-1000.csv",
                "orderdesk-audit-20261120-1000.csv");
        assertThat(port.exports).containsExactly(Path.of("/tmp/audit.csv"));
        assertThat(viewModel.statusProperty().get()).isEqualTo("감사 로그를 저장했습니다: " + Path.of("/tmp/audit.csv"));
        port.failure = new IllegalStateException("disk full");
        viewModel.exportCommand().execute();
        assertThat(viewModel.statusProperty().get()).isEqualTo("감사 로그를 저장하지 못했습니다.");
    }

    @Test
    void followsTheOutboxLiveKeepingWhatIsSelected() {
        ActionLogViewModel viewModel = started(new InlineUiExecutor());
        viewModel.selectedProperty().set(viewModel.actions().get(0));
        ActionLinesViewModel lines = viewModel.lines();
        lines.selectedLines().setAll(lines.lines().get(2));

        port.change(3, "2026112010000003", ActionLineState.DONE);
        port.fire(3);

        assertThat(viewModel.actions().get(0).counts()).extracting(StateCount::label, StateCount::count)
                .containsExactly(tuple("완료", 2),
                        tuple("실패", 1));
        assertThat(viewModel.selectedProperty().get()).isSameAs(viewModel.actions().get(0));
        assertThat(lines.lines().get(2).state()).isEqualTo("완료");
        assertThat(lines.selectedLines()).extracting(LineItem::productOrderId).containsExactly("2026112010000003");
        assertThat(lines.settleCommand().isExecutable()).as("no unknown line left").isFalse();
        assertThat(lines.headingProperty().get()).startsWith("발송 처리");

        port.fire(2);
        assertThat(port.lineCalls).as("another action's change does not re-read these lines")
                .containsExactly(3L, 3L);
        viewModel.stop();
        assertThat(port.listeners).isEmpty();
    }

    @Test
    void aBurstOfChangesIsReadOnceMore() {
        QueuedUiExecutor executor = new QueuedUiExecutor();
        ActionLogViewModel viewModel = new ActionLogViewModel(port, executor, korean);
        viewModel.start();
        port.fire(1);
        port.fire(2);
        port.fire(3);
        executor.runAll();

        assertThat(port.recentCalls).as("the first read, then one for the whole burst").hasSize(2);
        assertThat(viewModel.actions()).hasSize(3);
        assertThat(viewModel.refreshCommand().isExecutable()).isTrue();
    }

    @Test
    void aFailedReadIsSaidAndTheListStays() {
        ActionLogViewModel viewModel = started(new InlineUiExecutor());
        port.failure = new IllegalStateException("database gone");

        viewModel.refreshCommand().execute();

        assertThat(viewModel.summaryProperty().get()).isEqualTo("작업 기록을 읽지 못했습니다.");
        assertThat(viewModel.actions()).hasSize(3);
    }

    @Test
    void copiesATraceId() {
        ActionLogViewModel viewModel = started(new InlineUiExecutor());
        viewModel.selectedProperty().set(viewModel.actions().get(0));

        viewModel.lines().copyTraceId(viewModel.lines().lines().get(1));

        assertThat(dialogs.copied).containsExactly("trace-d2");
        assertThat(viewModel.statusProperty().get()).isEqualTo("Trace ID를 복사했습니다.");
    }

    @Test
    void englishNamesComeFromTheEnglishBundle() {
        ActionLogViewModel viewModel = new ActionLogViewModel(port, new InlineUiExecutor(),
                ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.ENGLISH));
        viewModel.start();

        assertThat(viewModel.actions().get(0).action()).isEqualTo("Dispatch");
        assertThat(viewModel.actions().get(0).counts()).extracting(StateCount::label)
                .containsExactly("Done", "Failed", "Needs checking");
        assertThat(viewModel.summaryProperty().get()).isEqualTo("Actions: 3 · with problems: 2");
    }

    private ActionLogViewModel started(InlineUiExecutor executor) {
        ActionLogViewModel viewModel = new ActionLogViewModel(port, executor, korean);
        viewModel.useDialogs(dialogs);
        viewModel.start();
        return viewModel;
    }

    /** Answers like a person would, as the test says. */
    static final class Dialogs implements ActionLogDialogs {
        Predicate<ResendForm> answer = form -> false;
        Path file;
        final List<ResendForm> forms = new ArrayList<>();
        final List<String> suggestedNames = new ArrayList<>();
        final List<String> copied = new ArrayList<>();

        @Override
        public boolean confirmResend(ResendForm form) {
            forms.add(form);
            return answer.test(form);
        }

        @Override
        public Optional<Path> chooseAuditFile(String suggestedName) {
            suggestedNames.add(suggestedName);
            return Optional.ofNullable(file);
        }

        @Override
        public void copy(String text) {
            copied.add(text);
        }
    }
}
