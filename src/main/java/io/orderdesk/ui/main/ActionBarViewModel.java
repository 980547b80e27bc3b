package io.orderdesk.ui.main;

import io.orderdesk.domain.ActionRules;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.ui.orders.OrderLine;
import io.orderdesk.ui.orders.OrderListViewModel;
import io.orderdesk.ui.orders.OrderRow;
import io.orderdesk.ui.support.Command;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ListChangeListener;

/**
 * The order actions of the main window's toolbar, context menu and shortcuts. An action is offered while at least one
 * selected line allows it (the rule table in {@code domain}); its dialog then takes the lines that allow it and says
 * which it left out. Opening asks the list for every selected id, including rows not loaded yet; a failed read shows
 * in the list's failure line.
 */
public final class ActionBarViewModel {

    private final OrderListViewModel orders;
    private final ActionOpener opener;
    private final Map<OrderAction, ReadOnlyBooleanWrapper> offered = new EnumMap<>(OrderAction.class);
    private final Map<OrderAction, Command> commands = new EnumMap<>(OrderAction.class);
    private final Command actionLog;
    private final Command reviews;
    private final ReadOnlyBooleanWrapper anySelected = new ReadOnlyBooleanWrapper(false);
    private final Command print;
    private final Command importFile;
    private final Command export;

    public ActionBarViewModel(OrderListViewModel orders, ActionOpener opener) {
        this.orders = orders;
        this.opener = opener;
        for (OrderAction action : OrderAction.values()) {
            ReadOnlyBooleanWrapper allowed = new ReadOnlyBooleanWrapper(false);
            offered.put(action, allowed);
            commands.put(action, Command.instant(allowed, () -> open(action)));
        }
        this.actionLog = Command.instant(new ReadOnlyBooleanWrapper(true), opener::openActionLog);
        this.reviews = Command.instant(new ReadOnlyBooleanWrapper(true), opener::openReviews);
        this.print = Command.instant(anySelected, this::print);
        this.importFile = Command.instant(new ReadOnlyBooleanWrapper(true), opener::openImport);
        this.export = Command.instant(new ReadOnlyBooleanWrapper(true), () -> {
            if (orders.shownFilter() != null) {
                opener.exportView(orders.shownFilter(), List.copyOf(orders.columns().shown()));
            }
        });
        orders.selection().addListener((ListChangeListener<OrderRow>) change -> update());
        orders.currentProperty().addListener((observable, before, now) -> update());
        update();
    }

    /** True while the selection holds a line that allows the action. */
    public ReadOnlyBooleanProperty offeredProperty(OrderAction action) {
        return offered.get(action).getReadOnlyProperty();
    }

    /** Opens the action's dialog over the selection; disabled while no selected line allows it. */
    public Command command(OrderAction action) {
        return commands.get(action);
    }

    public Command actionLogCommand() {
        return actionLog;
    }

    public Command reviewsCommand() {
        return reviews;
    }

    /** Tracking numbers from a spreadsheet. */
    public Command importCommand() {
        return importFile;
    }

    /** The current view to .xlsx or .csv. */
    public Command exportCommand() {
        return export;
    }

    /** Order sheets of every selected line; disabled while nothing is selected. */
    public Command printCommand() {
        return print;
    }

    private void update() {
        Set<OrderAction> allowed = EnumSet.noneOf(OrderAction.class);
        for (OrderRow row : orders.selection()) {
            OrderLine line = row == null ? null : row.getLine();
            if (line != null) {
                allowed.addAll(ActionRules.allowed(line.summary().facts()));
            }
        }
        offered.forEach((action, property) -> property.set(allowed.contains(action)));
        anySelected.set(!orders.selection().isEmpty());
    }

    private void print() {
        withSelection(opener::openPrint);
    }

    private void open(OrderAction action) {
        withSelection(ids -> opener.openAction(action, ids));
    }

    /** Every selected id, unloaded rows included; a failed read shows in the list's own failure line. */
    private void withSelection(Consumer<List<String>> then) {
        orders.withSelectedIds(ids -> {
            if (!ids.isEmpty()) {
                then.accept(ids);
            }
        });
    }
}
