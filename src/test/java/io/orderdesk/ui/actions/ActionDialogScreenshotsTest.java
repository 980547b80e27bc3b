package io.orderdesk.ui.actions;

import static io.orderdesk.ui.actions.Targets.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.ActionLineState;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.domain.OrderFacts;
import io.orderdesk.ui.support.InlineUiExecutor;
import io.orderdesk.ui.support.Theme;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Saves a PNG of every action dialog, in Korean and for a few in English, under {@code <build dir>/screenshots}, so
 * that people can look at them; each one is also checked to have opened with its form and lines.
 */
@ExtendWith(ApplicationExtension.class)
class ActionDialogScreenshotsTest {

    private final FakeActionPort port = new FakeActionPort();
    private Stage owner;
    private Stage window;

    @Start
    void start(Stage stage) {
        Theme.install();
        owner = stage;
        stage.setScene(new Scene(new StackPane(new Label("Order Desk")), 400, 300));
        stage.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        if (window != null && window.isShowing()) {
            robot.interact(window::close);
        }
    }

    private static ActionTarget line(int n, String facts, String product, String option, int quantity, String name) {
        String[] codes = facts.split(",", -1);
        OrderFacts state = OrderFacts.ofCodes(codes[0], codes[1], blank(codes[2]), blank(codes[3]), blank(codes[4]),
                false);
        return new ActionTarget("20261119" + (58300100 + n), "20261119" + (4711000 + n / 2), product, option,
                quantity, name, state, false, null, null);
    }

    private static String blank(String code) {
        return code.isEmpty() ? null : code;
    }

    private static List<ActionTarget> newOrders() {
        List<ActionTarget> lines = new ArrayList<>(List.of(
                line(1, "PAYED,NOT_YET,,,", "무선 기계식 키보드 K87", "축: 갈축 / 색상: 그레이", 1, "김하나"),
                Targets.addressChanged(line(2, "PAYED,NOT_YET,,,", "USB-C 멀티 허브 7in1", "", 2, "이도윤")),
                line(3, "PAYED,OK,,,", "데스크 매트 900", "색상: 네이비", 1, "박서준")));
        return lines;
    }

    private static List<ActionTarget> readyToShip() {
        return List.of(
                line(1, "PAYED,OK,,,", "무선 기계식 키보드 K87", "축: 갈축 / 색상: 그레이", 1, "김하나"),
                line(2, "PAYED,OK,,,", "키캡 세트 PBT", "", 1, "김하나"),
                Targets.addressChanged(line(3, "PAYED,OK,,,", "USB-C 멀티 허브 7in1", "", 2, "이도윤")),
                line(4, "PAYED,OK,,,", "데스크 매트 900", "색상: 네이비", 1, "박서준"),
                line(5, "PAYED,OK,,,", "모니터 받침대 원목", "사이즈: L", 1, "최지우"),
                line(6, "PAYED,NOT_YET,,,", "손목 받침대", "", 1, "정민준"));
    }

    private static List<ActionTarget> returns() {
        return List.of(
                line(1, "DELIVERED,OK,RETURN,RETURN_REQUEST,", "무선 기계식 키보드 K87", "축: 갈축", 1, "김하나"),
                line(2, "DELIVERED,OK,RETURN,COLLECT_DONE,HOLDBACK", "데스크 매트 900", "색상: 네이비", 2, "박서준"),
                line(3, "DELIVERING,OK,,,", "키캡 세트 PBT", "", 1, "이도윤"));
    }

    private static List<ActionTarget> exchanges() {
        return List.of(
                Targets.shippedWith(line(1, "DELIVERED,OK,EXCHANGE,COLLECT_DONE,", "무선 기계식 키보드 K87", "축: 갈축", 1,
                        "김하나"), DeliveryCompany.CJGLS, "601234567890"),
                Targets.shippedWith(line(2, "DELIVERED,OK,EXCHANGE,COLLECT_DONE,", "키캡 세트 PBT", "", 1, "김하나"),
                        DeliveryCompany.CJGLS, "601234567890"),
                line(4, "DELIVERED,OK,EXCHANGE,EXCHANGE_REQUEST,HOLDBACK", "데스크 매트 900", "색상: 네이비", 1, "박서준"));
    }

    private void shoot(FxRobot robot, Locale locale, String name, OrderAction action, List<ActionTarget> lines,
                       Consumer<Stage> fill) throws Exception {
        ResourceBundle bundle = ResourceBundle.getBundle("io.orderdesk.ui.messages", locale);
        ActionDialogs dialogs = new ActionDialogs(port, new InlineUiExecutor(), bundle, CLOCK);
        robot.interact(() -> window = dialogs.open(action, lines,
                Map.of(lines.get(0).productOrderId(), Instant.parse("2026-11-21T14:59:59Z")), owner));
        DialogTesting.waitFor(() -> window.isShowing());
        // asyncFx(...).get() rethrows what goes wrong while filling in, where interact() would only log it.
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> fill.accept(window)).get();
        if (action.batchLimit() == 1 && ActionFamily.of(action).actions().size() > 1) {
            ToggleButton chosen = DialogTesting.node(window, "#choice-" + action.name());
            assertThat(chosen.isSelected()).isTrue();
        }
        DialogTesting.screenshot(window, name + ".png");
        robot.interact(window::close);
    }

    private static void text(Stage window, String id, String value) {
        ((TextField) DialogTesting.node(window, id)).setText(value);
    }

    @Test
    void everyDialogInKorean(FxRobot robot) throws Exception {
        port.defaultCarrier = DeliveryCompany.CJGLS;
        port.usedNumbers.put("612345678905", java.util.Set.of("2026111058300999"));
        Locale ko = Locale.KOREAN;
        shoot(robot, ko, "actions-ko-01-confirm", OrderAction.CONFIRM, newOrders(), w -> { });
        shoot(robot, ko, "actions-ko-02-dispatch", OrderAction.DISPATCH, readyToShip(), w -> {
            List<DispatchRow> rows = rows(w);
            rows.get(0).trackingNumberProperty().set("612345678901");
            rows.get(1).trackingNumberProperty().set("612345678901");
            rows.get(2).trackingNumberProperty().set("61234");
            rows.get(3).methodProperty().set(DeliveryMethod.DIRECT_DELIVERY);
            rows.get(4).trackingNumberProperty().set("612345678905");
        });
        shoot(robot, ko, "actions-ko-03-delay", OrderAction.DELAY, readyToShip().subList(0, 2), w -> { });
        shoot(robot, ko, "actions-ko-04-cancel-request", OrderAction.CANCEL_REQUEST, readyToShip().subList(4, 5),
                w -> text(w, "#detailField", "재고가 모두 소진되어 보내드릴 수 없습니다."));
        shoot(robot, ko, "actions-ko-05-cancel-approve", OrderAction.CANCEL_APPROVE, List.of(
                line(7, "PAYED,OK,CANCEL,CANCEL_REQUEST,", "무선 마우스 M3", "색상: 화이트", 1, "한지민")), w -> { });
        shoot(robot, ko, "actions-ko-06-return-request", OrderAction.RETURN_REQUEST, returns(),
                w -> text(w, "#trackingField", "6012-3456"));
        shoot(robot, ko, "actions-ko-07-return-approve", OrderAction.RETURN_APPROVE, returns(), w -> { });
        shoot(robot, ko, "actions-ko-08-return-reject", OrderAction.RETURN_REJECT, returns(),
                w -> text(w, "#reasonField", "고객님과 통화하여 교환으로 처리하기로 했습니다."));
        shoot(robot, ko, "actions-ko-09-return-holdback", OrderAction.RETURN_HOLDBACK, returns(), w -> { });
        shoot(robot, ko, "actions-ko-10-return-release", OrderAction.RETURN_HOLDBACK_RELEASE, returns(), w -> { });
        shoot(robot, ko, "actions-ko-11-exchange-collected", OrderAction.EXCHANGE_COLLECT_COMPLETE, exchanges(),
                w -> { });
        shoot(robot, ko, "actions-ko-12-exchange-redeliver", OrderAction.EXCHANGE_REDELIVER, exchanges(), w -> {
            List<DispatchRow> rows = rows(w);
            rows.get(0).trackingNumberProperty().set("612345678910");
        });
        shoot(robot, ko, "actions-ko-13-exchange-reject", OrderAction.EXCHANGE_REJECT, exchanges(), w -> { });
        shoot(robot, ko, "actions-ko-14-exchange-holdback", OrderAction.EXCHANGE_HOLDBACK, exchanges(),
                w -> text(w, "#feeField", "6,000"));
        shoot(robot, ko, "actions-ko-15-dispatch-results", OrderAction.DISPATCH, readyToShip().subList(0, 3), w -> {
            List<DispatchRow> rows = rows(w);
            rows.get(0).trackingNumberProperty().set("612345678920");
            rows.get(1).trackingNumberProperty().set("612345678921");
            rows.get(2).trackingNumberProperty().set("612345678921");
            sendAndSettle(w);
        });
        assertThat(port.submitted).hasSize(1);
    }

    @Test
    void theMainDialogsInEnglish(FxRobot robot) throws Exception {
        port.defaultCarrier = DeliveryCompany.HANJIN;
        Locale en = Locale.ENGLISH;
        shoot(robot, en, "actions-en-01-dispatch", OrderAction.DISPATCH, readyToShip(), w -> {
            List<DispatchRow> rows = rows(w);
            rows.get(0).trackingNumberProperty().set("512345678901");
            rows.get(1).trackingNumberProperty().set("5123-45");
        });
        shoot(robot, en, "actions-en-02-return-holdback", OrderAction.RETURN_HOLDBACK, returns(),
                w -> text(w, "#feeField", "-500"));
        shoot(robot, en, "actions-en-03-delay", OrderAction.DELAY, readyToShip().subList(0, 2), w -> { });
        shoot(robot, en, "actions-en-04-cancel-request", OrderAction.CANCEL_REQUEST, readyToShip().subList(4, 5),
                w -> { });
        shoot(robot, en, "actions-en-05-confirm-results", OrderAction.CONFIRM, newOrders(), this::sendAndSettle);
        ResourceBundle english = ResourceBundle.getBundle("io.orderdesk.ui.messages", en);
        robot.interact(() -> window = new HeldBackDialog(english).show(owner, List.of(
                new LineResult("2026111958300101", ActionLineState.SKIPPED, null, null, null,
                        "A cancel request arrived", false)), Map.of("2026111958300101", "무선 기계식 키보드 K87")));
        DialogTesting.screenshot(window, "actions-en-06-held-back.png");
        assertThat(((TableView<?>) DialogTesting.node(window, "#heldBackTable")).getItems()).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static List<DispatchRow> rows(Stage window) {
        TableView<DispatchRow> table = DialogTesting.node(window, "#grid");
        return table.getItems();
    }

    private void sendAndSettle(Stage window) {
        javafx.scene.control.Button send = DialogTesting.node(window, "#sendButton");
        send.fire();
        FakeActionPort.Submitted sent = port.last();
        List<LineResult> results = new ArrayList<>();
        for (int i = 0; i < sent.lines().size(); i++) {
            String id = sent.lines().get(i).productOrderId();
            results.add(switch (i) {
                case 0 -> new LineResult(id, ActionLineState.DONE, null, null, "5f0a9c1e2b7d4e31", null, false);
                case 1 -> new LineResult(id, ActionLineState.SKIPPED, null, null, null, "배송지가 바뀌어 제외했습니다", true);
                default -> new LineResult(id, ActionLineState.FAILED, "104122", "배송 송장 오류(비유효 송장)",
                        "5f0a9c1e2b7d4e31", null, false);
            });
        }
        port.update(sent.id(), results);
    }
}
