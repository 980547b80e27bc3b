package io.orderdesk.ui.actions;

import static io.orderdesk.ui.actions.DialogTesting.focusedTrackingRow;
import static io.orderdesk.ui.actions.DialogTesting.screenshot;
import static io.orderdesk.ui.actions.DialogTesting.trackingField;
import static io.orderdesk.ui.actions.DialogTesting.waitFor;
import static io.orderdesk.ui.actions.Targets.CLOCK;
import static io.orderdesk.ui.actions.Targets.NOW;
import static io.orderdesk.ui.actions.Targets.addressChanged;
import static io.orderdesk.ui.actions.Targets.confirmed;
import static io.orderdesk.ui.actions.Targets.exchangeCollected;
import static io.orderdesk.ui.actions.Targets.newOrder;
import static io.orderdesk.ui.actions.Targets.returnRequested;
import static io.orderdesk.ui.actions.Targets.shippedWith;
import static io.orderdesk.ui.actions.Targets.withQuantity;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.ActionLineState;
import io.orderdesk.domain.CancelRequestReason;
import io.orderdesk.domain.DelayedDispatchReason;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.HoldbackReason;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.ui.support.OwnerWindowTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The action dialogs as staff use them: opened over the main window, filled by keyboard, sent, results seen. */
class ActionDialogsTest extends OwnerWindowTest {

    private final FakeActionPort port = new FakeActionPort();
    private final ActionDialogs dialogs = new ActionDialogs(port, executor, korean, CLOCK);

    private void open(FxRobot robot, OrderAction action, ActionTarget... selected) throws Exception {
        robot.interact(() -> window = dialogs.open(action, List.of(selected), owner));
        shown(robot);
    }

    /**
     * Monocle keeps sending keys to the window that had them until another is clicked; on a desktop the new dialog
     * gets them at once. A click on the title (which takes no focus) stands in for that.
     */
    private void shown(FxRobot robot) throws Exception {
        waitFor(() -> window.isShowing());
        robot.clickOn(robot.from(window.getScene().getRoot()).lookup(".title-3").<Node>query());
    }

    private <T extends Node> T node(String id) {
        return DialogTesting.node(window, id);
    }

    private long sentId() throws Exception {
        waitFor(() -> !port.submitted.isEmpty() && node("#resultsPane").isVisible());
        return port.last().id();
    }

    @Test
    void aScannerFillsTheDispatchGridRowByRowAndTheResultsNameTheLinesLeftOut(FxRobot robot) throws Exception {
        port.defaultCarrier = DeliveryCompany.CJGLS;
        open(robot, OrderAction.DISPATCH, confirmed("P-1", "O-1"), addressChanged(confirmed("P-2", "O-2")),
                newOrder("P-3", "O-3"), confirmed("P-4", "O-4"));
        waitFor(() -> focusedTrackingRow(window) == 0);
        assertThat(this.<Label>node("#leftOutLabel").getText())
                .isEqualTo("선택한 4건 중 1건은 ‘발송 처리’을(를) 할 수 없어 제외했습니다.");
        assertThat(this.<Label>node("#leftOutDetails").getText()).isEqualTo("• P-3 무선 키보드 3: 발주 확인 전");

        robot.write("601234567890").type(KeyCode.ENTER);
        assertThat(focusedTrackingRow(window)).isEqualTo(1);
        robot.write("6012-3456").type(KeyCode.ENTER);
        assertThat(focusedTrackingRow(window)).isEqualTo(2);
        robot.write("601234567892").type(KeyCode.ENTER);
        waitFor(() -> this.<Label>node("#summaryLabel").getText().equals("입력 완료 2/3건 · 고칠 곳 1건"));
        assertThat(port.submitted).as("Enter on the last row does not send an invalid grid").isEmpty();
        assertThat(this.<Button>node("#sendButton").isDisabled()).isTrue();
        assertThat(rowMessages()).contains("하이픈(-) 없이 입력하세요.");
        screenshot(window, "actions-dispatch-grid.png");

        robot.clickOn(trackingField(window, 1)).type(KeyCode.END).eraseText(9).write("601234567891")
                .type(KeyCode.ENTER);
        assertThat(focusedTrackingRow(window)).isEqualTo(2);
        waitFor(() -> !this.<Button>node("#sendButton").isDisabled());
        robot.type(KeyCode.ENTER);

        long id = sentId();
        assertThat(port.last().lines()).containsExactly(
                new DraftLine("P-1", new ActionInput.Dispatch(DeliveryMethod.DELIVERY, DeliveryCompany.CJGLS,
                        "601234567890", NOW)),
                new DraftLine("P-2", new ActionInput.Dispatch(DeliveryMethod.DELIVERY, DeliveryCompany.CJGLS,
                        "601234567891", NOW)),
                new DraftLine("P-4", new ActionInput.Dispatch(DeliveryMethod.DELIVERY, DeliveryCompany.CJGLS,
                        "601234567892", NOW)));
        TableView<ResultRow> results = node("#resultsTable");
        waitFor(() -> results.getItems().size() == 3);
        port.update(id, List.of(
                new LineResult("P-1", ActionLineState.DONE, null, null, "0b1c-trace", null, false),
                new LineResult("P-2", ActionLineState.SKIPPED, null, null, null, "배송지가 바뀌어 제외", true),
                new LineResult("P-4", ActionLineState.FAILED, "104121", "배송 송장 오류(기사용 송장)", "0b1c-trace", null,
                        false)));
        waitFor(() -> node("#skippedBox").isVisible());
        assertThat(this.<Label>node("#skippedHeading").getText()).isEqualTo("다음 1건은 발송에서 제외됨");
        assertThat(this.<Label>node("#skippedList").getText()).contains("P-2").contains("배송지가 바뀌어 제외");
        assertThat(results.getItems()).extracting(ResultRow::stateLabel).containsExactly("완료", "제외됨", "실패");
        assertThat(this.<Label>node("#resultsSummary").getText()).isEqualTo("모두 처리됨: 완료 1 · 실패 1 · 제외됨 1");
        screenshot(window, "actions-dispatch-results.png");

        robot.clickOn(robot.lookup(".copy-trace").<Button>query());
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).isEqualTo("0b1c-trace");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !window.isShowing() && port.listeners.isEmpty());
    }

    private List<String> rowMessages() {
        return window.getScene().getRoot().lookupAll(".row-message").stream().map(node -> ((Label) node).getText())
                .toList();
    }

    @Test
    void theCarrierIsFoundByTypingItsKoreanNameAndAppliedToAllRows(FxRobot robot) throws Exception {
        open(robot, OrderAction.DISPATCH, confirmed("P-1", "O-1"), confirmed("P-2", "O-2"));
        CarrierField carrier = node("#applyCarrierField");
        robot.clickOn(carrier.editor()).write("한진").type(KeyCode.ENTER);
        assertThat(carrier.getValue()).isEqualTo(DeliveryCompany.HANJIN);
        assertThat(carrier.editor().getText()).isEqualTo("한진택배");
        robot.clickOn(carrier.editor()).write("우체국").type(KeyCode.ENTER);
        assertThat(carrier.getValue()).as("typing replaces the chosen name").isEqualTo(DeliveryCompany.EPOST);
        robot.clickOn(carrier.editor()).write("한진").type(KeyCode.ENTER);
        assertThat(carrier.getValue()).isEqualTo(DeliveryCompany.HANJIN);

        robot.clickOn(carrier.editor()).type(KeyCode.END).eraseText(4).write("cj");
        ListView<?> matches = robot.lookup(".carrier-matches").queryAs(ListView.class);
        assertThat(matches.getItems()).hasSize(2);
        assertThat(matches.getHeight()).as("the drop-down is as tall as its two matches").isBetween(60.0, 80.0);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertThat(carrier.getValue()).as("the second match").isEqualTo(DeliveryCompany.KOREXG);
        robot.clickOn(carrier.editor()).type(KeyCode.END).eraseText(carrier.editor().getText().length())
                .write("우체국 택배").type(KeyCode.TAB);
        assertThat(carrier.getValue()).isEqualTo(DeliveryCompany.EPOST);
        robot.clickOn("#applyButton");
        TableView<DispatchRow> grid = node("#grid");
        assertThat(grid.getItems()).allSatisfy(row ->
                assertThat(row.companyProperty().get()).isEqualTo(DeliveryCompany.EPOST));

        robot.clickOn(carrier.editor()).type(KeyCode.END).eraseText(5).write("없는택배사").type(KeyCode.TAB);
        assertThat(carrier.getValue()).isNull();
        assertThat(carrier.editor().getText()).as("what was typed stays visible").isEqualTo("없는택배사");
    }

    @Test
    void aDelayIsTypedFieldByFieldAndSentFromTheLastField(FxRobot robot) throws Exception {
        ActionTarget first = confirmed("P-1", "O-1");
        robot.interact(() -> window = dialogs.open(OrderAction.DELAY, List.of(first, confirmed("P-2", "O-2")),
                Map.of("P-1", Instant.parse("2026-11-23T14:59:59Z")), owner));
        shown(robot);
        assertThat(node("#dueDatePicker").isFocused()).isTrue();
        assertThat(this.<Label>node("#currentDueLabel").getText()).isEqualTo("지금 발송기한: 2026-11-23");

        robot.write("2026-11-19").type(KeyCode.ENTER);
        assertThat(this.<Label>node("#dueDateError").getText()).isEqualTo("발송기한은 내일 이후 날짜로 고르세요.");
        robot.clickOn(this.<javafx.scene.control.DatePicker>node("#dueDatePicker").getEditor()).type(KeyCode.END)
                .eraseText(10).write("2026-11-27").type(KeyCode.ENTER);
        assertThat(this.<Label>node("#dueDateError").isVisible()).isFalse();
        robot.clickOn("#reasonChoice").clickOn("주문 제작");
        robot.clickOn("#detailField").write("주문 제작 상품이라 사흘 더 걸립니다.");
        screenshot(window, "actions-delay.png");
        robot.type(KeyCode.ENTER);

        sentId();
        Instant due = Instant.parse("2026-11-27T14:59:59Z");
        assertThat(port.last().lines()).containsExactly(
                new DraftLine("P-1", new ActionInput.Delay(due, DelayedDispatchReason.CUSTOM_BUILD,
                        "주문 제작 상품이라 사흘 더 걸립니다.")),
                new DraftLine("P-2", new ActionInput.Delay(due, DelayedDispatchReason.CUSTOM_BUILD,
                        "주문 제작 상품이라 사흘 더 걸립니다.")));
    }

    @Test
    void aCancelRefusesMoreThanRemainsAndSendsThePartialQuantity(FxRobot robot) throws Exception {
        open(robot, OrderAction.CANCEL_REQUEST, withQuantity(confirmed("P-1", "O-1"), 3));
        robot.clickOn("#reasonChoice").clickOn("상품 품절");
        robot.clickOn("#detailField").write("재고가 모두 소진되었습니다.").type(KeyCode.ENTER);
        robot.eraseText(1).write("5").type(KeyCode.ENTER);
        assertThat(this.<Label>node("#quantityError").getText()).isEqualTo("수량은 1부터 3까지의 숫자로 입력하세요.");
        assertThat(this.<Button>node("#sendButton").isDisabled()).isTrue();
        screenshot(window, "actions-cancel-invalid.png");
        robot.eraseText(1).write("2").type(KeyCode.ENTER);

        sentId();
        assertThat(port.last().action()).isEqualTo(OrderAction.CANCEL_REQUEST);
        assertThat(port.last().lines()).containsExactly(new DraftLine("P-1", new ActionInput.CancelRequest(
                CancelRequestReason.SOLD_OUT, "재고가 모두 소진되었습니다.", 2)));
    }

    @Test
    void theReturnDialogSwitchesActionsAndHoldsBackWithAFee(FxRobot robot) throws Exception {
        open(robot, OrderAction.RETURN_HOLDBACK, returnRequested("P-1", "O-1", false),
                returnRequested("P-2", "O-2", true));
        assertThat(this.<Label>node("#leftOutLabel").getText()).startsWith("선택한 2건 중 1건은 ‘반품 보류’");
        robot.clickOn("#choice-RETURN_HOLDBACK_RELEASE");
        TableView<ActionTarget> lines = node("#linesTable");
        assertThat(lines.getItems()).extracting(ActionTarget::productOrderId).containsExactly("P-2");
        assertThat(this.<Button>node("#sendButton").getText()).isEqualTo("반품 보류 해제 1건 보내기");
        robot.clickOn("#choice-RETURN_HOLDBACK");

        robot.clickOn("#reasonChoice").clickOn("반품 배송비 청구");
        robot.clickOn("#detailField").write("왕복 배송비를 청구합니다.").type(KeyCode.ENTER);
        robot.write("-3000");
        assertThat(this.<Label>node("#feeError").getText()).isEqualTo("금액은 0원 이상이어야 합니다.");
        robot.type(KeyCode.ENTER);
        assertThat(port.submitted).isEmpty();
        screenshot(window, "actions-return-holdback.png");
        robot.eraseText(5).write("6,000").type(KeyCode.ENTER);

        long id = sentId();
        assertThat(port.last().lines()).containsExactly(new DraftLine("P-1", new ActionInput.Holdback(
                HoldbackReason.RETURN_DELIVERYFEE, "왕복 배송비를 청구합니다.", 6000L)));
        assertThat(node("#choice-RETURN_APPROVE").isDisabled()).isTrue();
        port.update(id, List.of(new LineResult("P-1", ActionLineState.DONE, null, null, "t-9", null, false)));
        TableView<ResultRow> results = node("#resultsTable");
        waitFor(() -> !results.getItems().isEmpty() && results.getItems().get(0).state() == ActionLineState.DONE);
    }

    @Test
    void anExchangeIsRedeliveredFromAGridWithoutDate(FxRobot robot) throws Exception {
        port.defaultCarrier = DeliveryCompany.KGB;
        open(robot, OrderAction.EXCHANGE_REDELIVER,
                shippedWith(exchangeCollected("P-1", "O-1", false), DeliveryCompany.HYUNDAI, "301234567890"));
        waitFor(() -> focusedTrackingRow(window) == 0);
        assertThat(robot.lookup("#grid").queryAs(TableView.class).getColumns().stream()
                .filter(column -> ((javafx.scene.control.TableColumn<?, ?>) column).isVisible()).count()).isEqualTo(6);
        port.usedNumbers.put("301234567899", java.util.Set.of("P-7"));
        robot.write("301234567899").type(KeyCode.ENTER);
        waitFor(() -> this.<Label>node("#summaryLabel").getText().endsWith("고칠 곳 1건"));
        assertThat(port.submitted).as("a number used elsewhere is not sent").isEmpty();
        screenshot(window, "actions-exchange-redeliver.png");
        robot.eraseText(1).write("1").type(KeyCode.ENTER);

        sentId();
        assertThat(port.last().lines()).containsExactly(new DraftLine("P-1", new ActionInput.Redeliver(
                DeliveryMethod.DELIVERY, DeliveryCompany.HYUNDAI, "301234567891")));
    }

    @Test
    void confirmSendsOnEnterAndFlagsChangedAddresses(FxRobot robot) throws Exception {
        open(robot, OrderAction.CONFIRM, newOrder("P-1", "O-1"), newOrder("P-2", "O-2"), confirmed("P-3", "O-3"));
        TableView<ActionTarget> lines = node("#linesTable");
        assertThat(lines.getItems()).hasSize(2);
        screenshot(window, "actions-confirm.png");
        robot.type(KeyCode.ENTER);

        long id = sentId();
        assertThat(port.last().lines()).containsExactly(new DraftLine("P-1", ActionInput.None.INSTANCE),
                new DraftLine("P-2", ActionInput.None.INSTANCE));
        port.update(id, List.of(
                new LineResult("P-1", ActionLineState.DONE, null, null, "c-1", null, true),
                new LineResult("P-2", ActionLineState.DONE, null, null, "c-1", null, false)));
        waitFor(() -> node("#addressNotice").isVisible());
        assertThat(this.<Label>node("#addressNotice").getText()).startsWith("1건은 구매자가 배송지를 바꿨습니다.");
        assertThat(robot.lookup(".address-badge").queryAll().stream().filter(Node::isVisible).count())
                .isGreaterThanOrEqualTo(1);
        screenshot(window, "actions-confirm-results.png");
    }

    @Test
    void theHeldBackNoticeListsTheLinesLeftOutAfterTheDialogClosed(FxRobot robot) throws Exception {
        robot.interact(() -> window = dialogs.heldBackDialog().show(owner, List.of(
                new LineResult("P-1", ActionLineState.DONE, null, null, "t", null, false),
                new LineResult("P-2", ActionLineState.SKIPPED, null, null, null, "취소 요청이 들어와 제외", false),
                new LineResult("P-3", ActionLineState.SKIPPED, null, null, null, "배송지가 바뀌어 제외", true)),
                Map.of("P-2", "머그컵 350ml")));
        shown(robot);
        assertThat(window.getTitle()).isEqualTo("다음 2건은 발송에서 제외됨");
        TableView<ResultRow> table = node("#heldBackTable");
        assertThat(table.getItems()).extracting(ResultRow::productOrderId).containsExactly("P-2", "P-3");
        screenshot(window, "actions-held-back.png");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !window.isShowing());
    }
}
