package io.orderdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.OrderDetail;
import io.orderdesk.domain.OrderTab;
import io.orderdesk.domain.ShippingContact;
import io.orderdesk.store.OrderFilter;
import io.orderdesk.store.SearchResult;
import io.orderdesk.ui.detail.OrderDetailViewModel;
import io.orderdesk.ui.orders.ColumnChoice;
import io.orderdesk.ui.orders.Formats;
import io.orderdesk.ui.orders.OrderListViewModel;
import io.orderdesk.ui.orders.OrderSource;
import io.orderdesk.ui.orders.SeenMarks;
import io.orderdesk.ui.support.InlineUiExecutor;
import io.orderdesk.ui.support.Theme;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The status tabs stay on one line: at 1400 px every tab shows in full in both languages, with the counts of a busy
 * shop; a narrower window scrolls the strip sideways instead of wrapping it. The window is laid out off screen,
 * because Monocle's headless screen is only 1280 px wide.
 */
@ExtendWith(ApplicationExtension.class)
class StatusTabsFitTest {

    private static final double WIDTH = 1400;

    @Start
    void start(Stage stage) {
        Theme.install();
    }

    @Test
    void englishFitsOneLineAt1400(FxRobot robot) {
        Parent root = laidOut(robot, Locale.ENGLISH, WIDTH);

        assertFitsInFull(root);
        assertThat(name(root, OrderTab.RETURN_REQUESTED)).isEqualTo("Returns");
        assertThat(button(root, OrderTab.RETURN_REQUESTED).getTooltip().getText()).isEqualTo("Return requests");
        assertThat(button(root, OrderTab.NEW).getTooltip()).as("no tooltip repeating the name").isNull();
    }

    @Test
    void koreanFitsOneLineAt1400(FxRobot robot) {
        Parent root = laidOut(robot, Locale.KOREAN, WIDTH);

        assertFitsInFull(root);
        assertThat(name(root, OrderTab.CONFIRMED)).isEqualTo("발주확인 완료");
    }

    @Test
    void aNarrowWindowScrollsTheStripInsteadOfWrappingIt(FxRobot robot) {
        Parent root = laidOut(robot, Locale.ENGLISH, 900);

        Pane strip = (Pane) root.lookup("#statusTabs");
        ScrollPane scroller = (ScrollPane) root.lookup("#statusTabsScroller");
        assertThat(strip.getWidth()).isGreaterThan(scroller.getViewportBounds().getWidth());
        assertOneRow(root);

        ToggleButton all = button(root, OrderTab.ALL);
        robot.interact(all::fire);
        double shift = scroller.getHvalue() * (strip.getWidth() - scroller.getViewportBounds().getWidth());
        assertThat(all.isSelected()).isTrue();
        assertThat(all.getBoundsInParent().getMaxX() - shift).as("the chosen tab is scrolled into view")
                .isLessThanOrEqualTo(scroller.getViewportBounds().getWidth());
    }

    private static void assertFitsInFull(Parent root) {
        Pane strip = (Pane) root.lookup("#statusTabs");
        ScrollPane scroller = (ScrollPane) root.lookup("#statusTabsScroller");
        assertOneRow(root);
        assertThat(strip.getWidth()).as("the strip needs no scrolling")
                .isLessThanOrEqualTo(scroller.getViewportBounds().getWidth());
        ToggleButton last = button(root, OrderTab.ALL);
        assertThat(last.localToScene(last.getBoundsInLocal()).getMaxX()).isLessThanOrEqualTo(WIDTH);
        for (OrderTab tab : OrderTab.values()) {
            ToggleButton button = button(root, tab);
            assertThat(button.getWidth()).as(tab + " at its full width")
                    .isGreaterThanOrEqualTo(button.prefWidth(-1) - 0.5);
            Label name = (Label) button.lookup(".tab-name");
            assertThat(name.getWidth()).as(tab + " name not cut").isGreaterThanOrEqualTo(name.prefWidth(-1) - 0.5);
        }
    }

    private static void assertOneRow(Parent root) {
        double top = button(root, OrderTab.NEW).getBoundsInParent().getMinY();
        for (OrderTab tab : OrderTab.values()) {
            assertThat(button(root, tab).getBoundsInParent().getMinY()).as(tab.name()).isEqualTo(top);
        }
        assertThat(button(root, OrderTab.ALL).getBoundsInParent().getMinX())
                .isGreaterThan(button(root, OrderTab.CLAIM_FINISHED).getBoundsInParent().getMinX());
    }

    private static Parent laidOut(FxRobot robot, Locale locale, double width) {
        Parent[] root = new Parent[1];
        robot.interact(() -> {
            MainView view = MainView.load(viewModel(locale), new Formats(
                    ResourceBundle.getBundle("io.orderdesk.ui.messages", locale)));
            root[0] = view.root();
            new Scene(root[0], width, 860);
            root[0].applyCss();
            ((Region) root[0]).resize(width, 860);
            root[0].layout();
            root[0].layout();
        });
        return root[0];
    }

    private static ToggleButton button(Parent root, OrderTab tab) {
        return (ToggleButton) root.lookup("#tab" + tab.name());
    }

    private static String name(Parent root, OrderTab tab) {
        Node label = button(root, tab).lookup(".tab-name");
        return ((Label) label).getText();
    }

    private static MainViewModel viewModel(Locale locale) {
        Formats formats = new Formats(ResourceBundle.getBundle("io.orderdesk.ui.messages", locale));
        InlineUiExecutor executor = new InlineUiExecutor();
        OrderSource busyShop = new OrderSource() {
            @Override
            public SearchResult search(OrderFilter filter) {
                return new SearchResult(0, List.of());
            }

            @Override
            public Map<OrderTab, Integer> tabCounts() {
                Map<OrderTab, Integer> counts = new EnumMap<>(OrderTab.class);
                int[] values = {1_234, 2_345, 123, 3_456, 12_345, 98_765, 123, 234, 123, 45, 12_345, 123_456};
                for (OrderTab tab : OrderTab.values()) {
                    counts.put(tab, values[tab.ordinal()]);
                }
                return counts;
            }

            @Override
            public Map<String, ShippingContact> contacts(Collection<String> productOrderIds) {
                return Map.of();
            }
        };
        OrderListViewModel orders = new OrderListViewModel(busyShop, executor, SeenMarks.inMemory(),
                new ColumnChoice(null, value -> { }), Clock.systemUTC());
        MainViewModel viewModel = new MainViewModel(busyShop, orders, new OrderDetailViewModel(
                id -> OrderDetail.cannotShow(id, OrderDetail.Problem.NOT_FOUND, List.of()), executor, formats),
                new SyncBarViewModel(new FakeSyncPort(), executor, formats), new ScreenOpener() {
                    @Override
                    public void openSettings() {
                    }

                    @Override
                    public void openSyncLog() {
                    }
                }, executor, formats, Clock.systemUTC(), true, null);
        viewModel.start();
        return viewModel;
    }
}
