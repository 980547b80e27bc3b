package io.orderdesk.app;

import io.orderdesk.domain.Coded;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.domain.OrderTab;
import io.orderdesk.store.OrderSummary;
import io.orderdesk.sync.ReviewSync;
import io.orderdesk.ui.actionlog.ActionLogView;
import io.orderdesk.ui.actionlog.ActionLogViewModel;
import io.orderdesk.ui.actions.ActionDialogs;
import io.orderdesk.ui.actions.ActionTarget;
import io.orderdesk.ui.actions.LineResult;
import io.orderdesk.ui.main.ActionOpener;
import io.orderdesk.ui.main.MainViewModel;
import io.orderdesk.ui.reviews.ReviewsView;
import io.orderdesk.ui.reviews.ReviewsViewModel;
import io.orderdesk.ui.reviews.StoreReviewsPort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.orderdesk.sync.ConnectionCheck;
import io.orderdesk.sync.ConnectionCheckRequest;
import io.orderdesk.sync.ConnectionSettings;
import io.orderdesk.ui.main.ScreenOpener;
import io.orderdesk.ui.settings.SettingsView;
import io.orderdesk.ui.settings.SettingsViewModel;
import io.orderdesk.ui.settings.StoreSettingsGateway;
import io.orderdesk.ui.synclog.SyncLogView;
import io.orderdesk.ui.synclog.SyncLogViewModel;
import java.util.function.Consumer;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the windows over the main window, each with a fresh view model: settings, sync log, the action dialogs, the
 * action log and reviews.
 */
final class AppScreens implements ScreenOpener, ActionOpener {

    private static final Logger LOG = LoggerFactory.getLogger(AppScreens.class);

    private final AppContext context;
    private final Window owner;
    private final Consumer<Runnable> settingsSaved;
    private final ActionDialogs dialogs;
    private final List<Stage> openDialogs = new ArrayList<>();
    private MainViewModel main;

    /**
     * @param settingsSaved told after each save in the settings window, with a way to close that window (the app
     *                      reopens its context when the connection or language changed)
     */
    AppScreens(AppContext context, Window owner, Consumer<Runnable> settingsSaved) {
        this.context = context;
        this.owner = owner;
        this.settingsSaved = settingsSaved;
        this.dialogs = new ActionDialogs(new OutboxActionPort(context.actions(), context.settings(),
                context.store().index()), context.executor(), context.bundle(), context.clock());
    }

    /** The main window, once built: "주문 보기" in the reviews screen shows a line in it. */
    void attach(MainViewModel window) {
        this.main = window;
    }

    @Override
    public void openAction(OrderAction action, List<String> productOrderIds) {
        context.executor().submit(() -> context.store().index().summaries(productOrderIds), lines -> {
            Map<String, Instant> dueDates = new HashMap<>();
            List<ActionTarget> targets = new ArrayList<>();
            for (OrderSummary line : lines) {
                targets.add(target(line));
                if (line.shippingDueDate() != null) {
                    dueDates.put(line.productOrderId(), line.shippingDueDate());
                }
            }
            Stage dialog = dialogs.open(action, targets, dueDates, owner);
            openDialogs.add(dialog);
            dialog.setOnHidden(event -> openDialogs.remove(dialog));
        }, error -> LOG.warn("Cannot open the {} dialog", action, error));
    }

    /** True while an action dialog is open (it shows its own results, held-back lines included). */
    boolean dialogOpen() {
        return !openDialogs.isEmpty();
    }

    /** Lists dispatch lines the outbox held back after their dialog was closed. */
    void showHeldBack(List<LineResult> lines) {
        dialogs.heldBackDialog().show(owner, lines);
    }

    @Override
    public void openActionLog() {
        ActionLogViewModel viewModel = new ActionLogViewModel(new OutboxLogPort(context.actions(),
                context.settings()), context.executor(), context.bundle());
        ActionLogView.open(owner, viewModel, context.bundle());
    }

    @Override
    public void openReviews() {
        ReviewSync sync = context.client().map(client -> new ReviewSync(client, context.store().reviews(),
                context.clock())).orElse(null);
        ReviewsViewModel viewModel = new ReviewsViewModel(new StoreReviewsPort(context.store().reviews(), sync),
                context.executor(), context.bundle(), context.clock(), productOrderId -> {
                    if (main != null) {
                        main.orders().tabProperty().set(OrderTab.ALL);
                        main.orders().searchTextProperty().set(productOrderId);
                        owner.requestFocus();
                    }
                });
        ReviewsView.open(owner, viewModel, context.bundle());
    }

    private static ActionTarget target(OrderSummary line) {
        DeliveryCompany company = line.deliveryCompany() == null ? null
                : Coded.lookup(DeliveryCompany.class, line.deliveryCompany());
        return new ActionTarget(line.productOrderId(), line.orderId(), line.productName(), line.productOption(),
                line.quantity() == null ? 1 : line.quantity(), line.receiverName(), line.facts(),
                line.addressChanged(), company == DeliveryCompany.UNKNOWN ? null : company, line.trackingNumber());
    }

    AppScreens(AppContext context, Window owner) {
        this(context, owner, close -> { });
    }

    @Override
    public void openSettings() {
        ConnectionCheckRequest demoTarget = context.sandbox().map(sandbox -> new ConnectionCheckRequest(
                ConnectionSettings.CUSTOM, sandbox.baseUrl(), sandbox.clientId(), sandbox.clientSecret(),
                sandbox.merchantId())).orElse(null);
        SettingsViewModel viewModel = new SettingsViewModel(
                new StoreSettingsGateway(context.settings(), new ConnectionCheck(), demoTarget),
                context.executor(), context.bundle());
        Stage stage = SettingsView.open(owner, viewModel, context.bundle());
        viewModel.lastSavedProperty().addListener((observable, before, saved) -> {
            if (saved != null) {
                settingsSaved.accept(stage::close);
            }
        });
    }

    @Override
    public void openSyncLog() {
        SyncLogViewModel viewModel = new SyncLogViewModel(limit -> context.store().ledger().recent(limit),
                context.executor(), context.bundle());
        SyncLogView.open(owner, viewModel, context.bundle());
    }
}
