package io.orderdesk.app;

import static io.orderdesk.domain.OrderAction.EXCHANGE_COLLECT_COMPLETE;
import static io.orderdesk.domain.OrderAction.EXCHANGE_HOLDBACK;
import static io.orderdesk.domain.OrderAction.EXCHANGE_HOLDBACK_RELEASE;
import static io.orderdesk.domain.OrderAction.EXCHANGE_REDELIVER;
import static io.orderdesk.domain.OrderAction.EXCHANGE_REJECT;
import static io.orderdesk.domain.OrderAction.RETURN_APPROVE;
import static io.orderdesk.domain.OrderAction.RETURN_HOLDBACK;
import static io.orderdesk.domain.OrderAction.RETURN_HOLDBACK_RELEASE;
import static io.orderdesk.domain.OrderAction.RETURN_REJECT;
import static io.orderdesk.domain.OrderAction.RETURN_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.app.DeskFixture.DemoOrder;
import io.orderdesk.domain.ActionLineState;
import io.orderdesk.domain.ClaimDetail;
import io.orderdesk.sandbox.Endpoint;
import io.orderdesk.store.OrderSummary;
import io.orderdesk.ui.actions.ResultRow;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The ten return and exchange writes from the real main window, each taking a line one step further as staff would:
 * the dialog opened by shortcut, toolbar menu or context menu, filled by keyboard, the result seen per line, and the
 * store (and the sandbox's call log) showing the write.
 */
class ClaimFlowsTest extends DeskFlowTest {

    private static DemoOrder delivered;
    private static DemoOrder returning;
    private static DemoOrder exchangeOnHold;
    private static DemoOrder exchangeFree;

    @BeforeAll
    static void openTheShop() throws Exception {
        desk = DeskFixture.open(62);
        delivered = desk.order("DELIVERED", 1, 0, null, true);
        returning = desk.order("DELIVERED", 1, 0, null, true);
        desk.event(returning.line(0), "RETURN_REQUEST", null);
        exchangeOnHold = desk.order("DELIVERED", 1, 0, null, true);
        // The buyer changed their mind about the size: Naver holds the exchange until the fee is paid.
        desk.event(exchangeOnHold.line(0), "EXCHANGE_REQUEST", "COLOR_AND_SIZE");
        exchangeFree = desk.order("DELIVERED", 1, 0, null, true);
        desk.event(exchangeFree.line(0), "EXCHANGE_REQUEST", "BROKEN");
        desk.sync();
    }

    @Test
    void aReturnIsRequestedHeldReleasedAndApproved(FxRobot fx) throws Exception {
        String line = delivered.line(0);
        DeskRobot robot = new DeskRobot(fx, desk);
        robot.find(delivered.id(), delivered.lines());
        robot.selectAll();

        robot.shortcut(RETURN_REQUEST, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT1);
        ActionDialogDriver request = robot.dialog();
        fx.type(KeyCode.DOWN).type(KeyCode.ENTER, KeyCode.ENTER, KeyCode.ENTER, KeyCode.ENTER, KeyCode.ENTER);
        done(request);
        assertThat(desk.stored(line).claimType()).isEqualTo("RETURN");
        assertThat(desk.stored(line).claimStatus()).isEqualTo("RETURN_REQUEST");
        assertThat(desk.context().details().load(line).activeClaim().reason().raw()).isEqualTo("INTENT_CHANGED");

        fx.clickOn(robot.row(0));
        robot.shortcut(RETURN_HOLDBACK, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT4);
        ActionDialogDriver hold = robot.dialog();
        fx.type(KeyCode.DOWN).type(KeyCode.ENTER);
        fx.write("반품 배송비 청구").type(KeyCode.ENTER);
        fx.write("5000").type(KeyCode.ENTER);
        done(hold);
        assertThat(desk.stored(line).holdbackStatus()).isEqualTo("HOLDBACK");
        ClaimDetail held = desk.context().details().load(line).activeClaim();
        assertThat(held.holdback().reason().raw()).isEqualTo("RETURN_DELIVERYFEE");
        assertThat(held.holdback().detail()).isEqualTo("반품 배송비 청구");
        assertThat(held.fees().etcFee()).isEqualTo(5000L);

        fx.clickOn(robot.row(0));
        robot.shortcut(RETURN_HOLDBACK_RELEASE, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT5);
        ActionDialogDriver release = robot.dialog();
        fx.type(KeyCode.ENTER);
        done(release);
        assertThat(desk.stored(line).holdbackStatus()).isEqualTo("RELEASED");

        fx.clickOn(robot.row(0));
        robot.contextMenu(RETURN_APPROVE);
        ActionDialogDriver approve = robot.dialog();
        fx.type(KeyCode.ENTER);
        done(approve);
        OrderSummary returned = desk.stored(line);
        assertThat(returned.productOrderStatus()).isEqualTo("RETURNED");
        assertThat(returned.claimStatus()).isEqualTo("RETURN_DONE");
        for (Endpoint write : new Endpoint[] {Endpoint.RETURN_REQUEST, Endpoint.RETURN_HOLDBACK,
                Endpoint.RETURN_HOLDBACK_RELEASE, Endpoint.RETURN_APPROVE}) {
            assertThat(desk.calls(write, line)).as(write.name()).hasSize(1);
        }
    }

    @Test
    void aBuyersReturnIsRejectedFromTheReturnMenu(FxRobot fx) throws Exception {
        String line = returning.line(0);
        DeskRobot robot = new DeskRobot(fx, desk);
        robot.find(returning.id(), returning.lines());
        robot.selectAll();
        robot.toolbarMenu("return", RETURN_REJECT);
        ActionDialogDriver reject = robot.dialog();

        fx.write("사용 흔적이 있어 반품 불가").type(KeyCode.ENTER);

        done(reject);
        assertThat(desk.stored(line).claimStatus()).isEqualTo("RETURN_REJECT");
        assertThat(desk.calls(Endpoint.RETURN_REJECT, line)).hasSize(1);
    }

    @Test
    void aHeldExchangeIsReleasedCollectedAndRedelivered(FxRobot fx) throws Exception {
        String line = exchangeOnHold.line(0);
        assertThat(desk.stored(line).holdbackStatus()).isEqualTo("HOLDBACK");
        DeskRobot robot = new DeskRobot(fx, desk);
        robot.find(exchangeOnHold.id(), exchangeOnHold.lines());
        robot.selectAll();

        robot.shortcut(EXCHANGE_HOLDBACK_RELEASE, KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT5);
        ActionDialogDriver release = robot.dialog();
        fx.type(KeyCode.ENTER);
        done(release);
        assertThat(desk.stored(line).holdbackStatus()).isEqualTo("RELEASED");

        fx.clickOn(robot.row(0));
        robot.shortcut(EXCHANGE_COLLECT_COMPLETE, KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT1);
        ActionDialogDriver collected = robot.dialog();
        fx.type(KeyCode.ENTER);
        done(collected);
        assertThat(desk.stored(line).claimStatus()).isEqualTo("COLLECT_DONE");

        fx.clickOn(robot.row(0));
        robot.contextMenu(EXCHANGE_REDELIVER);
        ActionDialogDriver redeliver = robot.dialog();
        assertThat(redeliver.offered()).containsExactly(line);
        fx.write("612345678905", 0).type(KeyCode.ENTER);
        done(redeliver);
        assertThat(desk.stored(line).claimStatus()).isEqualTo("EXCHANGE_REDELIVERING");
        for (Endpoint write : new Endpoint[] {Endpoint.EXCHANGE_HOLDBACK_RELEASE, Endpoint.EXCHANGE_COLLECT_COMPLETE,
                Endpoint.EXCHANGE_DISPATCH}) {
            assertThat(desk.calls(write, line)).as(write.name()).hasSize(1);
        }
    }

    @Test
    void anExchangeIsHeldByShortcutThenRejectedFromTheExchangeMenu(FxRobot fx) throws Exception {
        String line = exchangeFree.line(0);
        DeskRobot robot = new DeskRobot(fx, desk);
        robot.find(exchangeFree.id(), exchangeFree.lines());
        robot.selectAll();

        robot.shortcut(EXCHANGE_HOLDBACK, KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT4);
        ActionDialogDriver hold = robot.dialog();
        fx.type(KeyCode.DOWN).type(KeyCode.ENTER);
        fx.write("교환 배송비 확인 중").type(KeyCode.ENTER, KeyCode.ENTER);
        done(hold);
        assertThat(desk.stored(line).holdbackStatus()).isEqualTo("HOLDBACK");
        assertThat(desk.context().details().load(line).activeClaim().holdback().reason().raw())
                .isEqualTo("EXCHANGE_DELIVERYFEE");

        fx.clickOn(robot.row(0));
        robot.toolbarMenu("exchange", EXCHANGE_REJECT);
        ActionDialogDriver reject = robot.dialog();
        fx.write("교환 사유가 확인되지 않음").type(KeyCode.ENTER);
        done(reject);
        assertThat(desk.stored(line).claimStatus()).isEqualTo("EXCHANGE_REJECT");
        assertThat(desk.calls(Endpoint.EXCHANGE_HOLDBACK, line)).hasSize(1);
        assertThat(desk.calls(Endpoint.EXCHANGE_REJECT, line)).hasSize(1);
    }

    /** The dialog's one line ends DONE; then it is closed. */
    private static void done(ActionDialogDriver dialog) throws Exception {
        assertThat(dialog.results(1)).extracting(ResultRow::state).containsExactly(ActionLineState.DONE);
        dialog.close();
    }
}
