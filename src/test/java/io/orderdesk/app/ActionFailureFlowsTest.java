package io.orderdesk.app;

import static io.orderdesk.domain.OrderAction.DELAY;
import static io.orderdesk.domain.OrderAction.DISPATCH;
import static io.orderdesk.domain.OrderAction.RETURN_APPROVE;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.app.DeskFixture.DemoOrder;
import io.orderdesk.domain.ActionLineState;
import io.orderdesk.sandbox.Endpoint;
import io.orderdesk.sandbox.server.CallRecord;
import io.orderdesk.ui.actions.ResultRow;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * What staff see when a write does not go as typed: Naver refusing one line of a bulk dispatch, the outbox holding
 * back lines whose order changed since the window showed it (a return held elsewhere, a buyer's cancel request), and
 * input the dialogs refuse before anything is sent.
 */
class ActionFailureFlowsTest extends DeskFlowTest {

    /** A tracking number another PC of the shop already used for a different order, unknown to this store. */
    private static final String USED_ELSEWHERE = "523456789012";

    private static DemoOrder bulk;
    private static DemoOrder shippedElsewhere;
    private static DemoOrder returning;
    private static DemoOrder pair;
    private static DemoOrder plain;

    @BeforeAll
    static void openTheShop() throws Exception {
        desk = DeskFixture.open(63);
        bulk = desk.order("CONFIRMED", 3, 0, null, true);
        shippedElsewhere = desk.order("CONFIRMED", 1, 0, null, true);
        returning = desk.order("DELIVERED", 1, 0, null, true);
        desk.event(returning.line(0), "RETURN_REQUEST", null);
        pair = desk.order("CONFIRMED", 2, 0, null, true);
        plain = desk.order("CONFIRMED", 1, 0, null, true);
        desk.sync();
    }

    @Test
    void aNumberNaverRefusesFailsOnItsOwnLineWhileTheOtherLinesShip(FxRobot fx) throws Exception {
        desk.elsewhere(Endpoint.DISPATCH, null, Map.of("dispatchProductOrders", List.of(Map.of(
                "productOrderId", shippedElsewhere.line(0), "deliveryMethod", "DELIVERY",
                "deliveryCompanyCode", "HANJIN", "trackingNumber", USED_ELSEWHERE))));
        assertThat(desk.stored(shippedElsewhere.line(0)).trackingNumber()).as("not synced since").isNull();
        DeskRobot robot = new DeskRobot(fx, desk);
        robot.find(bulk.id(), bulk.lines());
        robot.selectAll();
        robot.contextMenu(DISPATCH);
        ActionDialogDriver grid = robot.dialog();
        List<String> rows = grid.offered();
        grid.carrierForAll("한진");
        List<String> numbers = List.of("523456789001", USED_ELSEWHERE, "523456789003");

        fx.clickOn(grid.trackingField(0));
        numbers.forEach(number -> fx.write(number, 0).type(KeyCode.ENTER));

        Map<String, ResultRow> results = byLine(grid.results(3));
        assertThat(results.get(rows.get(1)).state()).isEqualTo(ActionLineState.FAILED);
        assertThat(results.get(rows.get(1)).stateLabel()).isEqualTo("실패");
        assertThat(results.get(rows.get(1)).code()).isEqualTo("104121");
        assertThat(results.get(rows.get(1)).message()).isNotBlank();
        assertThat(results.get(rows.get(1)).traceId()).isNotBlank();
        assertThat(results.get(rows.get(0)).state()).isEqualTo(ActionLineState.DONE);
        assertThat(results.get(rows.get(2)).state()).isEqualTo(ActionLineState.DONE);
        assertThat(grid.text("#resultsSummary")).isEqualTo("모두 처리됨: 완료 2 · 실패 1");
        assertThat(grid.texts("#resultsTable .table-cell")).as("shown in the table").contains("104121");
        grid.close();
        assertThat(desk.stored(rows.get(0)).trackingNumber()).isEqualTo(numbers.get(0));
        assertThat(desk.stored(rows.get(2)).productOrderStatus()).isEqualTo("DELIVERING");
        assertThat(desk.stored(rows.get(1)).productOrderStatus()).isEqualTo("PAYED");
        assertThat(desk.stored(rows.get(1)).trackingNumber()).isNull();
        List<CallRecord> calls = desk.calls(Endpoint.DISPATCH, rows.get(1));
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).productOrderIds()).containsExactlyElementsOf(rows);
    }

    @Test
    void approvingAReturnHeldElsewhereIsHeldBackBeforeItIsSent(FxRobot fx) throws Exception {
        String line = returning.line(0);
        DeskRobot robot = new DeskRobot(fx, desk);
        robot.find(returning.id(), returning.lines());
        robot.selectAll();
        desk.elsewhere(Endpoint.RETURN_HOLDBACK, line, Map.of("holdbackClassType", "SELLER_CONFIRM_NEED",
                "holdbackReturnDetailReason", "검수 중"));
        assertThat(desk.stored(line).holdbackStatus()).as("the window still shows the old state")
                .isNotEqualTo("HOLDBACK");

        robot.toolbarMenu("return", RETURN_APPROVE);
        ActionDialogDriver approve = robot.dialog();
        assertThat(approve.offered()).containsExactly(line);
        fx.type(KeyCode.ENTER);

        ResultRow result = approve.results(1).get(0);
        assertThat(result.state()).isEqualTo(ActionLineState.SKIPPED);
        assertThat(result.stateLabel()).isEqualTo("제외됨");
        assertThat(result.note()).isEqualTo("지금 주문 상태에서는 할 수 없어 보내지 않음");
        assertThat(approve.text("#skippedHeading")).isEqualTo("다음 1건은 ‘반품 승인’에서 제외됨");
        approve.close();
        assertThat(desk.calls(Endpoint.RETURN_APPROVE, line)).isEmpty();
        assertThat(desk.stored(line).holdbackStatus()).as("the re-read is stored").isEqualTo("HOLDBACK");
        assertThat(desk.stored(line).claimStatus()).isEqualTo("RETURN_REQUEST");
    }

    @Test
    void aLineWhoseBuyerAsksToCancelMeanwhileIsLeftOutOfTheDispatch(FxRobot fx) throws Exception {
        DeskRobot robot = new DeskRobot(fx, desk);
        robot.find(pair.id(), pair.lines());
        robot.selectAll();
        robot.toolbar(DISPATCH);
        ActionDialogDriver grid = robot.dialog();
        List<String> rows = grid.offered();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(pair.lines());
        desk.event(rows.get(1), "CANCEL_REQUEST", null);

        grid.carrierForAll("한진");
        fx.clickOn(grid.trackingField(0));
        fx.write("523456789101", 0).type(KeyCode.ENTER).write("523456789102", 0).type(KeyCode.ENTER);

        Map<String, ResultRow> results = byLine(grid.results(2));
        assertThat(results.get(rows.get(0)).state()).isEqualTo(ActionLineState.DONE);
        assertThat(results.get(rows.get(1)).state()).isEqualTo(ActionLineState.SKIPPED);
        assertThat(results.get(rows.get(1)).note()).startsWith("클레임 접수됨");
        assertThat(grid.visible("#skippedBox")).isTrue();
        assertThat(grid.text("#skippedHeading")).isEqualTo("다음 1건은 발송에서 제외됨");
        assertThat(grid.text("#skippedList")).contains(rows.get(1));
        grid.close();
        assertThat(robot.window("heldBackRoot")).as("the dialog said it; no second window").isEmpty();
        assertThat(desk.calls(Endpoint.DISPATCH, rows.get(1))).isEmpty();
        assertThat(desk.calls(Endpoint.DISPATCH, rows.get(0))).hasSize(1);
        assertThat(desk.stored(rows.get(0)).productOrderStatus()).isEqualTo("DELIVERING");
        assertThat(desk.stored(rows.get(1)).claimStatus()).isEqualTo("CANCEL_REQUEST");
    }

    @Test
    void invalidInputIsNamedNextToTheFieldAndNothingIsSent(FxRobot fx) throws Exception {
        String line = plain.line(0);
        int actions = desk.context().actions().recentActions(1000).size();
        DeskRobot robot = new DeskRobot(fx, desk);
        robot.find(plain.id(), plain.lines());
        robot.selectAll();

        robot.shortcut(DELAY, KeyCode.CONTROL, KeyCode.DIGIT3);
        ActionDialogDriver delay = robot.dialog();
        fx.write("2026-11-20").type(KeyCode.ENTER);
        fx.type(KeyCode.DOWN).type(KeyCode.ENTER).type(KeyCode.ENTER);
        assertThat(delay.text("#dueDateError")).isEqualTo("발송기한은 내일 이후 날짜로 고르세요.");
        assertThat(delay.text("#detailError")).isEqualTo("내용을 입력하세요.");
        assertThat(delay.canSend()).isFalse();
        assertThat(delay.visible("#resultsPane")).isFalse();
        delay.close();

        robot.shortcut(DISPATCH, KeyCode.CONTROL, KeyCode.DIGIT2);
        ActionDialogDriver grid = robot.dialog();
        fx.clickOn(grid.trackingField(0));
        fx.write("6012-3456").type(KeyCode.ENTER);
        DeskRobot.until(() -> grid.text("#summaryLabel").equals("입력 완료 0/1건 · 고칠 곳 1건"));
        assertThat(grid.texts(".row-message")).anySatisfy(text -> assertThat(text).contains("하이픈(-) 없이 입력하세요."));
        assertThat(grid.canSend()).isFalse();
        grid.close();

        assertThat(desk.context().actions().recentActions(1000)).hasSize(actions);
        assertThat(desk.calls(Endpoint.DELAY, line)).isEmpty();
        assertThat(desk.calls(Endpoint.DISPATCH, line)).isEmpty();
        assertThat(desk.stored(line).delayed()).isFalse();
        assertThat(desk.stored(line).productOrderStatus()).isEqualTo("PAYED");
    }

    private static Map<String, ResultRow> byLine(List<ResultRow> rows) {
        return rows.stream().collect(Collectors.toMap(ResultRow::productOrderId, Function.identity()));
    }
}
