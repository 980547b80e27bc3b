package io.orderdesk.app;

import static io.orderdesk.domain.OrderAction.CANCEL_APPROVE;
import static io.orderdesk.domain.OrderAction.CANCEL_REQUEST;
import static io.orderdesk.domain.OrderAction.CONFIRM;
import static io.orderdesk.domain.OrderAction.DELAY;
import static io.orderdesk.domain.OrderAction.DISPATCH;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.app.DeskFixture.DemoOrder;
import io.orderdesk.domain.ActionLineState;
import io.orderdesk.domain.ClaimDetail;
import io.orderdesk.domain.OrderDetail;
import io.orderdesk.sandbox.Endpoint;
import io.orderdesk.sandbox.server.CallRecord;
import io.orderdesk.store.OrderSummary;
import io.orderdesk.ui.actions.ResultRow;
import io.orderdesk.ui.orders.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * 발주 확인, 발송 지연, 발송 처리, 판매 취소 and 취소 요청 승인 from the real main window: lines found and selected in the
 * order table, the dialog opened from the toolbar, a toolbar menu or a shortcut, filled by keyboard and sent through
 * the outbox to the sandbox, until the store shows the new state.
 */
class ActionFlowsTest extends DeskFlowTest {

    private static final String BUYER = "확인하나";

    private static DemoOrder fresh;
    private static DemoOrder moved;
    private static DemoOrder toDispatch;
    private static DemoOrder toCancel;
    private static DemoOrder cancelRequested;

    @BeforeAll
    static void openTheShop() throws Exception {
        desk = DeskFixture.open(61);
        fresh = desk.order("PAYED", 2, 0, BUYER, false);
        moved = desk.order("PAYED", 1, 0, BUYER, false);
        desk.event(moved.line(0), "ADDRESS_CHANGE", null);
        toDispatch = desk.order("CONFIRMED", 3, 0, null, true);
        toCancel = desk.order("CONFIRMED", 1, 3, null, false);
        cancelRequested = desk.order("CONFIRMED", 1, 0, null, false);
        desk.event(cancelRequested.line(0), "CANCEL_REQUEST", null);
        desk.sync();
    }

    @Test
    void severalNewLinesAreConfirmedAtOnceAndTheChangedAddressIsFlagged(FxRobot fx) throws Exception {
        DeskRobot robot = new DeskRobot(fx, desk);
        List<String> lines = Stream.concat(fresh.lines().stream(), moved.lines().stream()).toList();
        robot.find(BUYER, lines);
        robot.selectAll();
        robot.toolbar(CONFIRM);
        ActionDialogDriver dialog = robot.dialog();
        assertThat(dialog.offered()).containsExactlyInAnyOrderElementsOf(lines);

        fx.type(KeyCode.ENTER);

        List<ResultRow> results = dialog.results(3);
        assertThat(results).extracting(ResultRow::state).containsOnly(ActionLineState.DONE);
        assertThat(results).filteredOn(ResultRow::addressChanged).extracting(ResultRow::productOrderId)
                .containsExactly(moved.line(0));
        assertThat(dialog.text("#addressNotice")).startsWith("1건은 구매자가 배송지를 바꿨습니다.");
        dialog.close();
        for (String line : lines) {
            assertThat(desk.stored(line).placeOrderStatus()).as(line).isEqualTo("OK");
        }
        List<CallRecord> calls = desk.calls(Endpoint.CONFIRM, moved.line(0));
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).productOrderIds()).containsExactlyInAnyOrderElementsOf(lines);
    }

    @Test
    void linesArePostponedFromTheToolbarAndThenShippedFromTheScannerGrid(FxRobot fx) throws Exception {
        LocalDate due = LocalDate.ofInstant(latestDueDate(toDispatch.lines()), Formats.SHOP_ZONE).plusDays(4);
        DeskRobot robot = new DeskRobot(fx, desk);
        robot.find(toDispatch.id(), toDispatch.lines());
        robot.selectAll();
        robot.toolbar(DELAY);
        ActionDialogDriver delay = robot.dialog();
        assertThat(delay.offered()).containsExactlyInAnyOrderElementsOf(toDispatch.lines());

        fx.write(due.toString()).type(KeyCode.ENTER);
        fx.type(KeyCode.DOWN).type(KeyCode.ENTER);
        fx.write("자재 입고 지연").type(KeyCode.ENTER);

        assertThat(delay.results(3)).extracting(ResultRow::state).containsOnly(ActionLineState.DONE);
        delay.close();
        Instant endOfDay = due.atTime(23, 59, 59).atZone(Formats.SHOP_ZONE).toInstant();
        for (String line : toDispatch.lines()) {
            assertThat(desk.stored(line).delayed()).isTrue();
            assertThat(desk.stored(line).shippingDueDate()).isEqualTo(endOfDay);
            OrderDetail.Line stored = desk.context().details().load(line).line();
            assertThat(stored.delayReason().raw()).isEqualTo("PRODUCT_PREPARE");
            assertThat(stored.delayDetail()).isEqualTo("자재 입고 지연");
            assertThat(desk.calls(Endpoint.DELAY, line)).as("one call per line").hasSize(1);
        }

        robot.selectAll();
        robot.shortcut(DISPATCH, KeyCode.CONTROL, KeyCode.DIGIT2);
        ActionDialogDriver grid = robot.dialog();
        List<String> rows = grid.offered();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(toDispatch.lines());
        grid.carrierForAll("한진");
        List<String> numbers = List.of("512345678901", "512345678902", "512345678903");
        fx.clickOn(grid.trackingField(0));
        for (int row = 0; row < numbers.size(); row++) {
            assertThat(grid.trackingRowWithFocus()).as("the scanner types into row " + row).isEqualTo(row);
            fx.write(numbers.get(row), 0).type(KeyCode.ENTER);
        }

        assertThat(grid.results(3)).extracting(ResultRow::state).containsOnly(ActionLineState.DONE);
        grid.close();
        for (int i = 0; i < rows.size(); i++) {
            OrderSummary shipped = desk.stored(rows.get(i));
            assertThat(shipped.productOrderStatus()).isEqualTo("DELIVERING");
            assertThat(shipped.deliveryCompany()).isEqualTo("HANJIN");
            assertThat(shipped.trackingNumber()).isEqualTo(numbers.get(i));
        }
        List<CallRecord> calls = desk.calls(Endpoint.DISPATCH, rows.get(0));
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).productOrderIds()).containsExactlyElementsOf(rows);
    }

    private static Instant latestDueDate(List<String> lines) {
        return lines.stream().map(line -> desk.stored(line).shippingDueDate()).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo).orElse(DeskFixture.NOW);
    }

    @Test
    void partOfALineIsCancelledFromTheCancelMenu(FxRobot fx) throws Exception {
        String line = toCancel.line(0);
        DeskRobot robot = new DeskRobot(fx, desk);
        robot.find(toCancel.id(), toCancel.lines());
        robot.selectAll();
        robot.toolbarMenu("cancel", CANCEL_REQUEST);
        ActionDialogDriver dialog = robot.dialog();
        assertThat(dialog.<javafx.scene.control.TextField>node("#quantityField").getText()).isEqualTo("3");

        fx.type(KeyCode.DOWN).type(KeyCode.ENTER);
        fx.write("재고 부족").type(KeyCode.ENTER);
        fx.eraseText(1).write("2").type(KeyCode.ENTER);

        assertThat(dialog.results(1)).extracting(ResultRow::state).containsExactly(ActionLineState.DONE);
        dialog.close();
        assertThat(desk.stored(line).productOrderStatus()).as("a part remains to ship").isEqualTo("PAYED");
        List<ClaimDetail> done = desk.context().details().load(line).completedClaims();
        assertThat(done).hasSize(1);
        assertThat(done.get(0).type().raw()).isEqualTo("CANCEL");
        assertThat(done.get(0).status().raw()).isEqualTo("CANCEL_DONE");
        assertThat(done.get(0).requestQuantity()).isEqualTo(2);
        assertThat(productOrder(line)).containsEntry("remainQuantity", 1);
        assertThat(desk.calls(Endpoint.CANCEL_REQUEST, line)).hasSize(1);
    }

    @Test
    void aBuyersCancelRequestIsApprovedByShortcut(FxRobot fx) throws Exception {
        String line = cancelRequested.line(0);
        DeskRobot robot = new DeskRobot(fx, desk);
        robot.find(cancelRequested.id(), cancelRequested.lines());
        robot.selectAll();
        robot.shortcut(CANCEL_APPROVE, KeyCode.CONTROL, KeyCode.DIGIT5);
        ActionDialogDriver dialog = robot.dialog();
        assertThat(dialog.offered()).containsExactly(line);

        fx.type(KeyCode.ENTER);

        assertThat(dialog.results(1)).extracting(ResultRow::state).containsExactly(ActionLineState.DONE);
        dialog.close();
        assertThat(desk.stored(line).productOrderStatus()).isEqualTo("CANCELED");
        assertThat(desk.stored(line).claimStatus()).isEqualTo("CANCEL_DONE");
        assertThat(desk.calls(Endpoint.CANCEL_APPROVE, line)).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> productOrder(String line) {
        Map<String, Object> detail = (Map<String, Object>) desk.held(line).get("detail");
        return (Map<String, Object>) detail.get("productOrder");
    }
}
