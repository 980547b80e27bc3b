package io.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.api.http.RetryPolicy;
import io.orderdesk.api.http.Sleeper;
import io.orderdesk.domain.OrderFacts;
import io.orderdesk.domain.OrderTab;
import io.orderdesk.sandbox.ApiResult;
import io.orderdesk.sandbox.SandboxAdmin;
import io.orderdesk.sandbox.SandboxClock;
import io.orderdesk.sandbox.server.SandboxOptions;
import io.orderdesk.store.DataFolder;
import io.orderdesk.store.OrderFilter;
import io.orderdesk.store.OrderSummary;
import io.orderdesk.store.SearchText;
import io.orderdesk.ui.main.ScreenOpener;
import io.orderdesk.ui.orders.OrderRow;
import io.orderdesk.ui.support.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window on the real app context in demo mode: the in-process sandbox on a frozen clock, not live, so what it
 * holds is fixed. One context serves every test (in order); each test gets a fresh window over it. The last test
 * stops the sandbox.
 */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MainWindowTest {

    private static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");

    private static AppContext context;
    private MainWindow window;

    @BeforeAll
    static void openContext() throws Exception {
        Path home = Files.createTempDirectory("order-desk-ui-test");
        context = AppContext.open(new AppContext.Config(Map.of(DataFolder.HOME_VARIABLE, home.toString()), home,
                SandboxOptions.defaults().withWorld(42, 200, 14).withRate(1000).withClock(SandboxClock.fixed(NOW)),
                config -> config.withInitialRate(1000)
                        .withRetry(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(2)), Sleeper.system())
                        .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2)),
                false));
    }

    @AfterAll
    static void closeContext() {
        context.close();
    }

    @Start
    void start(Stage stage) {
        window = MainWindow.create(context, new ScreenOpener() {
            @Override
            public void openSettings() {
            }

            @Override
            public void openSyncLog() {
            }
        });
        Theme.install();
        // Monocle's headless screen is 1280 x 800; a larger window overflows its frame buffer.
        stage.setScene(new Scene(window.root(), 1260, 780));
        stage.show();
        window.viewModel().start();
    }

    @Test
    @Order(1)
    void theDemoShopSyncsOnF5AndTheTabCountsAreTheSandboxes(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#demoBanner").query().isVisible()).isTrue();
        assertThat(robot.lookup("#demoLabel").queryAs(Label.class).getText()).isEqualTo("연습 모드 — 실제 주문이 아닙니다");

        refresh(robot);

        Map<OrderTab, Integer> expected = sandboxCounts();
        assertThat(expected.get(OrderTab.ALL)).isGreaterThan(200);
        waitFor(() -> count(robot, OrderTab.ALL) == expected.get(OrderTab.ALL));
        for (OrderTab tab : OrderTab.values()) {
            assertThat(count(robot, tab)).as(tab.label()).isEqualTo(expected.get(tab));
        }
        waitFor(() -> total(robot).equals(String.format("%,d건", expected.get(OrderTab.NEW))));
        assertThat(robot.lookup("#lastSyncedLabel").queryAs(Label.class).getText()).isEqualTo("마지막 동기화 "
                + new io.orderdesk.ui.orders.Formats(context.bundle()).dateTime(
                context.syncPort().status().lastSyncedAt()));
    }

    @Test
    @Order(2)
    void searchByInitialsFindsTheBuyer(FxRobot robot) throws Exception {
        OrderSummary someone = all().stream().filter(s -> SearchText.initials(s.ordererName()).length() == 3)
                .findFirst().orElseThrow();
        String initials = SearchText.initials(someone.ordererName());
        robot.clickOn("#tabALL");
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#searchField").queryAs(TextField.class).isFocused()).isTrue();

        robot.write(initials);

        waitFor(() -> loadedRows(robot).stream().anyMatch(r -> r.summary().productOrderId()
                .equals(someone.productOrderId())));
        assertThat(loadedRows(robot)).allSatisfy(line -> assertThat(
                SearchText.initials(line.summary().ordererName()) + " " + SearchText.initials(
                        line.summary().receiverName())).contains(initials));
    }

    @Test
    @Order(3)
    void theDetailPaneShowsTheSelectedOrderAndTheColumnChoiceIsRemembered(FxRobot robot) throws Exception {
        robot.clickOn("#tabALL");
        waitFor(() -> !loadedRows(robot).isEmpty());
        TableView<OrderRow> table = table(robot);
        io.orderdesk.ui.orders.OrderLine third = onFx(() -> table.getItems().get(2).getLine());
        String id = third.productOrderId();

        System.gc();
        robot.clickOn(robot.lookup("#orderTable .table-row-cell").nth(2).queryAs(Node.class));

        waitFor(() -> id.equals(window.viewModel().detail().productOrderIdProperty().get())
                && robot.lookup("#card-order").tryQuery().isPresent());
        String recipient = context.details().load(id).recipient().name();
        assertThat(labels(robot, "#card-order")).contains(id);
        assertThat(labels(robot, "#card-recipient")).contains(recipient);
        assertThat(robot.lookup("#detailTitle").queryAs(Label.class).getText()).isEqualTo(third.summary().productName());

        WaitForAsyncUtils.asyncFx(() -> table.getColumns().stream()
                .filter(c -> "col_option".equals(c.getId())).findFirst().orElseThrow().setVisible(false)).get();
        waitFor(() -> context.settings().get(AppContext.COLUMNS).map(v -> !v.contains("option") && v.contains(
                "productOrderId")).orElse(false));
    }

    @Test
    @Order(4)
    void anOrderCreatedThroughTheAdminPathAppearsAfterF5(FxRobot robot) throws Exception {
        SandboxAdmin admin = context.sandbox().orElseThrow().admin();
        int before = count(robot, OrderTab.NEW);
        context.sandbox().orElseThrow().clock().advance(Duration.ofMinutes(1));
        ApiResult created = admin.createOrder(Map.of("state", "PAYED", "buyerName", "나새롬"));
        @SuppressWarnings("unchecked")
        String id = ((List<String>) ((Map<String, Object>) created.data()).get("productOrderIds")).get(0);

        refresh(robot);

        waitFor(() -> count(robot, OrderTab.NEW) == before + 1);
        robot.clickOn("#searchField").write(id);
        waitFor(() -> loadedRows(robot).size() == 1 && loadedRows(robot).get(0).productOrderId().equals(id));
        assertThat(loadedRows(robot).get(0).summary().ordererName()).isEqualTo("나새롬");
    }

    @Test
    @Order(5)
    void withTheSandboxStoppedTheOfflineBannerShowsAndBrowsingStillWorks(FxRobot robot) throws Exception {
        context.sandbox().orElseThrow().close();

        robot.type(KeyCode.F5);

        waitFor(() -> robot.lookup("#problemBanner").query().isVisible());
        assertThat(robot.lookup("#problemLabel").queryAs(Label.class).getText())
                .endsWith("부터 네이버페이에 연결할 수 없습니다. 저장된 주문으로 계속 일할 수 있습니다.");
        assertThat(robot.lookup("#reasonLabel").queryAs(Label.class).getText()).isNotBlank();
        robot.clickOn("#problemDetailsLink");
        waitFor(() -> robot.lookup("#traceIdField").tryQuery().isPresent());
        assertThat(robot.lookup("#traceIdField").queryAs(TextField.class).isEditable()).isFalse();
        robot.clickOn("#okButton");

        robot.clickOn("#tabDELIVERED");
        waitFor(() -> !loadedRows(robot).isEmpty());
        robot.clickOn(robot.lookup("#orderTable .table-row-cell").nth(0).queryAs(Node.class));
        waitFor(() -> robot.lookup("#card-delivery").tryQuery().isPresent());
        assertThat(total(robot)).isEqualTo(String.format("%,d건", count(robot, OrderTab.DELIVERED)));
    }

    private void refresh(FxRobot robot) throws Exception {
        robot.type(KeyCode.F5);
        waitFor(() -> window.viewModel().sync().runningProperty().get()
                || window.viewModel().sync().statusTextProperty().get() != null);
        waitFor(() -> !window.viewModel().sync().runningProperty().get()
                && window.viewModel().sync().statusTextProperty().get().startsWith("동기화 완료"));
    }

    private static Map<OrderTab, Integer> sandboxCounts() {
        SandboxAdmin admin = context.sandbox().orElseThrow().admin();
        Map<OrderTab, Integer> counts = new EnumMap<>(OrderTab.class);
        for (OrderTab tab : OrderTab.values()) {
            counts.put(tab, 0);
        }
        for (OrderSummary line : all()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> held = (Map<String, Object>) admin.productOrder(line.productOrderId()).data();
            @SuppressWarnings("unchecked")
            Map<String, Object> detail = (Map<String, Object>) ((Map<String, Object>) held.get("detail"))
                    .get("productOrder");
            OrderFacts facts = OrderFacts.ofCodes((String) held.get("productOrderStatus"),
                    (String) held.get("placeOrderStatus"), (String) held.get("claimType"),
                    (String) held.get("claimStatus"), (String) held.get("holdbackStatus"),
                    detail.get("delayedDispatchReason") != null);
            OrderTab.tabsOf(facts).forEach(tab -> counts.merge(tab, 1, Integer::sum));
        }
        return counts;
    }

    private static List<OrderSummary> all() {
        return context.store().index().search(OrderFilter.all().page(0, 100_000)).rows();
    }

    private static int count(FxRobot robot, OrderTab tab) {
        Label label = robot.from(robot.lookup("#tab" + tab.name()).queryAs(Node.class)).lookup(".tab-count")
                .queryAs(Label.class);
        return Integer.parseInt(label.getText().replace(",", ""));
    }

    private static String total(FxRobot robot) {
        return robot.lookup("#resultLabel").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static TableView<OrderRow> table(FxRobot robot) {
        return robot.lookup("#orderTable").queryAs(TableView.class);
    }

    /** The loaded lines among the first rows; read on the FX thread, since reading a row may fetch its page. */
    private static List<io.orderdesk.ui.orders.OrderLine> loadedRows(FxRobot robot) throws Exception {
        TableView<OrderRow> table = table(robot);
        return onFx(() -> {
            int size = Math.min(table.getItems().size(), 30);
            return table.getItems().subList(0, size).stream().filter(OrderRow::isLoaded).map(OrderRow::getLine)
                    .toList();
        });
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private static String labels(FxRobot robot, String card) {
        StringBuilder text = new StringBuilder();
        robot.from(robot.lookup(card).queryAs(Node.class)).lookup(".label").queryAllAs(Label.class)
                .forEach(label -> text.append(label.getText()).append('\n'));
        return text.toString();
    }

    private static void waitFor(Check condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.holds();
        });
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }
}
