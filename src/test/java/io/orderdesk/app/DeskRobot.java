package io.orderdesk.app;

import io.orderdesk.domain.OrderAction;
import io.orderdesk.ui.orders.OrderRow;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the main window as staff do: the search field, clicks on table rows, and the four ways to open an action
 * (toolbar button, toolbar menu, the table's context menu, a shortcut). Waits are generous: the machine is shared.
 */
final class DeskRobot {

    private static final long PATIENCE_SECONDS = 60;

    private final FxRobot robot;
    private final DeskFixture desk;

    DeskRobot(FxRobot robot, DeskFixture desk) {
        this.robot = robot;
        this.desk = desk;
    }

    /**
     * Searches every tab for {@code text} as staff do with an order number copied from elsewhere (Ctrl+F, Ctrl+V),
     * and waits until exactly {@code ids} are listed.
     */
    void find(String text, Collection<String> ids) throws Exception {
        onFx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            return Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#tabALL");
        robot.press(KeyCode.CONTROL).type(KeyCode.F, KeyCode.V).release(KeyCode.CONTROL);
        Set<String> wanted = Set.copyOf(ids);
        until(() -> listed().equals(wanted));
    }

    /** Clicks the first listed row and, when there are more, selects them all with Ctrl+A. */
    void selectAll() throws Exception {
        int count = onFx(() -> table().getItems().size());
        robot.clickOn(row(0));
        if (count > 1) {
            robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        }
        until(() -> desk.window().viewModel().orders().selectedIds().size() == count);
    }

    void toolbar(OrderAction action) throws Exception {
        offered(action);
        robot.clickOn("#action-" + action.name());
    }

    /** {@code family} is the menu's short name: cancel, return or exchange. */
    void toolbarMenu(String family, OrderAction action) throws Exception {
        offered(action);
        robot.clickOn("#actions-" + family);
        robot.clickOn("#menu-" + action.name());
    }

    /**
     * Right-clicks the first row and picks the action from the table's context menu. Monocle's headless glass never
     * turns a right click into a context-menu request as the desktop ones do, so the test makes that request itself,
     * where the click was.
     */
    void contextMenu(OrderAction action) throws Exception {
        offered(action);
        Node row = row(0);
        robot.rightClickOn(row);
        if (window(ContextMenu.class).isEmpty()) {
            onFx(() -> {
                Bounds bounds = row.localToScreen(row.getBoundsInLocal());
                Point2D local = new Point2D(bounds.getWidth() / 2, bounds.getHeight() / 2);
                Event.fireEvent(row, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(),
                        local.getY(), bounds.getCenterX(), bounds.getCenterY(), false, null));
                return null;
            });
        }
        until(() -> window(ContextMenu.class).isPresent());
        robot.clickOn("#menu-" + action.name());
    }

    private Optional<Window> window(Class<? extends Window> type) {
        return robot.listWindows().stream().filter(type::isInstance).filter(Window::isShowing).findFirst();
    }

    /** Presses the shortcut: every key but the last is held while the last is typed. */
    void shortcut(OrderAction action, KeyCode... keys) throws Exception {
        offered(action);
        KeyCode[] held = Arrays.copyOf(keys, keys.length - 1);
        robot.press(held).type(keys[keys.length - 1]).release(held);
    }

    /** Waits for the action dialog and points the keyboard at it. */
    ActionDialogDriver dialog() throws Exception {
        until(() -> window("actionDialogRoot").isPresent());
        ActionDialogDriver dialog = new ActionDialogDriver(robot, window("actionDialogRoot").orElseThrow());
        dialog.takeKeyboard();
        return dialog;
    }

    /** A showing window whose root has {@code rootId}. */
    Optional<Stage> window(String rootId) {
        for (Window window : robot.listWindows()) {
            if (window instanceof Stage stage && stage.isShowing() && stage.getScene() != null
                    && rootId.equals(stage.getScene().getRoot().getId())) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    /** The product order ids the table lists now; empty until all of them are loaded. */
    Set<String> listed() throws Exception {
        return onFx(() -> {
            List<OrderRow> rows = List.copyOf(table().getItems());
            if (rows.size() > 50 || !rows.stream().allMatch(OrderRow::isLoaded)) {
                return Set.of();
            }
            return Set.copyOf(rows.stream().map(row -> row.getLine().productOrderId()).toList());
        });
    }

    private void offered(OrderAction action) throws Exception {
        until(() -> desk.window().actions().offeredProperty(action).get());
    }

    TableView<OrderRow> table() {
        return desk.window().view().ordersView().table();
    }

    /** The row showing line {@code index}, once the table has laid it out. */
    Node row(int index) throws Exception {
        until(() -> findRow(index) != null);
        return findRow(index);
    }

    private TableRow<?> findRow(int index) throws Exception {
        return onFx(() -> {
            for (Node node : table().lookupAll(".table-row-cell")) {
                if (node instanceof TableRow<?> row && row.getIndex() == index && !row.isEmpty() && row.isVisible()) {
                    return row;
                }
            }
            return null;
        });
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    }

    static void until(Check condition) throws Exception {
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.holds();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @FunctionalInterface
    interface Check {
        boolean holds() throws Exception;
    }
}
