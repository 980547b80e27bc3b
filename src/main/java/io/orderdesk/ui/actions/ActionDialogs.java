package io.orderdesk.ui.actions;

import io.orderdesk.domain.OrderAction;
import io.orderdesk.ui.orders.Formats;
import io.orderdesk.ui.support.Fxml;
import io.orderdesk.ui.support.UiExecutor;
import io.orderdesk.ui.support.Windows;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the action dialogs: the main window calls {@link #open} with the chosen action and the selected lines, and
 * the dialog of that action's family appears over it, offering only the lines the action is allowed for.
 */
public final class ActionDialogs {

    private final ActionPort port;
    private final UiExecutor executor;
    private final ResourceBundle bundle;
    private final Clock clock;

    public ActionDialogs(ActionPort port, UiExecutor executor, ResourceBundle bundle, Clock clock) {
        this.port = port;
        this.executor = executor;
        this.bundle = bundle;
        this.clock = clock;
    }

    /**
     * Opens the dialog for {@code action} over {@code owner} (blocking the owner, not the caller) and returns it,
     * already showing. Must be called on the FX thread.
     */
    public Stage open(OrderAction action, List<ActionTarget> selected, Window owner) {
        return open(action, selected, Map.of(), owner);
    }

    /**
     * As {@link #open(OrderAction, List, Window)}, with the current 발송기한 of the lines where known, so that 발송
     * 지연 can insist on a later date.
     */
    public Stage open(OrderAction action, List<ActionTarget> selected, Map<String, Instant> dueDates, Window owner) {
        Formats formats = new Formats(bundle);
        ActionDialogViewModel viewModel = new ActionDialogViewModel(action, selected, port, executor, formats,
                new ActionForms(port, executor, formats, clock, dueDates));
        viewModel.results().useClipboard(Windows::copyToClipboard);
        Fxml.Loaded<ActionDialogView> loaded = Fxml.load(ActionDialogs.class, "ActionDialogView.fxml", bundle,
                () -> new ActionDialogView(viewModel, bundle));
        Parent root = loaded.root();
        ActionDialogView view = loaded.controller();
        Stage stage = Windows.modal(owner, bundle.getString("actions.family." + viewModel.family().key()));
        stage.setScene(new Scene(root, width(viewModel.family()), 660));
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        stage.setOnShown(event -> view.focusForm());
        stage.setOnHidden(event -> viewModel.close());
        stage.show();
        return stage;
    }

    /** The grid needs room for seven columns, the result table for seven narrower ones. */
    private static double width(ActionFamily family) {
        return switch (family) {
            case DISPATCH_FAMILY -> 1220;
            case EXCHANGE_FAMILY -> 1080;
            default -> 1000;
        };
    }

    /** A dialog listing dispatch lines that were held back after their dialog had closed. */
    public HeldBackDialog heldBackDialog() {
        return new HeldBackDialog(bundle);
    }
}
