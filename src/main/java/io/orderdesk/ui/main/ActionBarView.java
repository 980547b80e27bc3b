package io.orderdesk.ui.main;

import static io.orderdesk.domain.OrderAction.CANCEL_APPROVE;
import static io.orderdesk.domain.OrderAction.CANCEL_REQUEST;
import static io.orderdesk.domain.OrderAction.CONFIRM;
import static io.orderdesk.domain.OrderAction.DELAY;
import static io.orderdesk.domain.OrderAction.DISPATCH;
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

import io.orderdesk.domain.OrderAction;
import io.orderdesk.ui.orders.Formats;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The order actions as a toolbar (the three everyday ones as buttons, the claim actions in one menu per family), the
 * same items as the table's context menu, and a shortcut for each: Ctrl+1…3 for 발주 확인 / 발송 처리 / 발송 지연,
 * Ctrl+4/5 for 판매 취소 / 취소 승인, Ctrl+Shift+1…5 for the return steps and Ctrl+Alt+1…5 for the exchange steps, in
 * the order they happen. Each item is disabled while no selected line allows its action.
 */
final class ActionBarView {

    private static final List<List<OrderAction>> FAMILIES = List.of(
            List.of(CANCEL_REQUEST, CANCEL_APPROVE),
            List.of(RETURN_REQUEST, RETURN_APPROVE, RETURN_REJECT, RETURN_HOLDBACK, RETURN_HOLDBACK_RELEASE),
            List.of(EXCHANGE_COLLECT_COMPLETE, EXCHANGE_REDELIVER, EXCHANGE_REJECT, EXCHANGE_HOLDBACK,
                    EXCHANGE_HOLDBACK_RELEASE));
    private static final Map<OrderAction, KeyCombination> SHORTCUTS = shortcuts();
    private static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    private final ActionBarViewModel viewModel;
    private final Formats formats;

    ActionBarView(ActionBarViewModel viewModel, Formats formats) {
        this.viewModel = viewModel;
        this.formats = formats;
    }

    /** The toolbar above the order list. */
    Node toolbar() {
        HBox bar = new HBox(6);
        bar.getStyleClass().add("action-bar");
        for (OrderAction action : List.of(CONFIRM, DISPATCH, DELAY)) {
            Button button = new Button(name(action));
            button.setId("action-" + action.name());
            button.setTooltip(new Tooltip(name(action) + " (" + SHORTCUTS.get(action).getDisplayText() + ")"));
            button.disableProperty().bind(viewModel.command(action).executableProperty().not());
            button.setOnAction(event -> viewModel.command(action).execute());
            if (action == DISPATCH) {
                button.getStyleClass().add("accent");
            }
            bar.getChildren().add(button);
        }
        String[] families = {"main.actions.cancel", "main.actions.return", "main.actions.exchange"};
        for (int i = 0; i < FAMILIES.size(); i++) {
            MenuButton menu = new MenuButton(formats.text(families[i]));
            menu.setId("actions-" + families[i].substring(families[i].lastIndexOf('.') + 1));
            menu.getItems().addAll(FAMILIES.get(i).stream().map(this::item).toList());
            bar.getChildren().add(menu);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button print = new Button(formats.text("main.print"));
        print.setId("printButton");
        print.setTooltip(new Tooltip(formats.text("main.print") + " (" + PRINT.getDisplayText() + ")"));
        print.getStyleClass().add("button-outlined");
        print.disableProperty().bind(viewModel.printCommand().executableProperty().not());
        print.setOnAction(event -> viewModel.printCommand().execute());
        Button log = new Button(formats.text("main.actionLog"));
        log.setId("actionLogButton");
        log.getStyleClass().add("button-outlined");
        log.setOnAction(event -> viewModel.actionLogCommand().execute());
        Button reviews = new Button(formats.text("main.reviews"));
        reviews.setId("reviewsButton");
        reviews.getStyleClass().add("button-outlined");
        reviews.setOnAction(event -> viewModel.reviewsCommand().execute());
        Button importButton = plain("importButton", "main.import", viewModel.importCommand());
        Button exportButton = plain("exportButton", "main.export", viewModel.exportCommand());
        bar.getChildren().addAll(gap, importButton, exportButton, print, log, reviews);
        return bar;
    }

    private Button plain(String id, String textKey, io.orderdesk.ui.support.Command command) {
        Button button = new Button(formats.text(textKey));
        button.setId(id);
        button.getStyleClass().add("button-outlined");
        button.setOnAction(event -> command.execute());
        return button;
    }

    /** The order table's context menu: every action, grouped as in the toolbar. */
    ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        for (OrderAction action : List.of(CONFIRM, DISPATCH, DELAY)) {
            menu.getItems().add(item(action));
        }
        for (List<OrderAction> family : FAMILIES) {
            menu.getItems().add(new SeparatorMenuItem());
            family.forEach(action -> menu.getItems().add(item(action)));
        }
        return menu;
    }

    /** Registers every action's shortcut on the window. */
    void installShortcuts(Scene scene) {
        SHORTCUTS.forEach((action, keys) -> scene.getAccelerators().put(keys,
                () -> viewModel.command(action).execute()));
        scene.getAccelerators().put(PRINT, () -> viewModel.printCommand().execute());
    }

    private MenuItem item(OrderAction action) {
        MenuItem item = new MenuItem(name(action));
        item.setId("menu-" + action.name());
        item.setAccelerator(SHORTCUTS.get(action));
        item.disableProperty().bind(viewModel.command(action).executableProperty().not());
        item.setOnAction(event -> viewModel.command(action).execute());
        return item;
    }

    private String name(OrderAction action) {
        String key = "actions.name." + action.name();
        return formats.has(key) ? formats.text(key) : action.label();
    }

    private static Map<OrderAction, KeyCombination> shortcuts() {
        Map<OrderAction, KeyCombination> keys = new EnumMap<>(OrderAction.class);
        List<OrderAction> plain = List.of(CONFIRM, DISPATCH, DELAY, CANCEL_REQUEST, CANCEL_APPROVE);
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5};
        for (int i = 0; i < plain.size(); i++) {
            keys.put(plain.get(i), new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN));
            keys.put(FAMILIES.get(1).get(i), new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN,
                    KeyCombination.SHIFT_DOWN));
            keys.put(FAMILIES.get(2).get(i), new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN,
                    KeyCombination.ALT_DOWN));
        }
        return keys;
    }
}
