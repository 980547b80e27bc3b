package io.orderdesk.app;

import io.orderdesk.ui.detail.OrderDetailViewModel;
import io.orderdesk.ui.main.ActionBarViewModel;
import io.orderdesk.ui.main.ActionOpener;
import io.orderdesk.ui.main.MainView;
import io.orderdesk.ui.main.MainViewModel;
import io.orderdesk.ui.main.ScreenOpener;
import io.orderdesk.ui.main.SyncBarViewModel;
import io.orderdesk.ui.orders.ColumnChoice;
import io.orderdesk.ui.orders.Formats;
import io.orderdesk.ui.orders.OrderListViewModel;
import io.orderdesk.domain.OrderTab;
import io.orderdesk.domain.ShippingContact;
import io.orderdesk.store.OrderFilter;
import io.orderdesk.store.SearchResult;
import io.orderdesk.ui.orders.OrderSource;
import io.orderdesk.ui.orders.SeenMarks;
import io.orderdesk.ui.support.UiExecutor;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Parent;
import javafx.scene.Scene;

/** Builds the main window's view models from the app's parts and loads its view. Call on the FX thread. */
final class MainWindow {

    private final MainViewModel viewModel;
    private final MainView view;
    private final ActionBarViewModel actions;

    private MainWindow(MainViewModel viewModel, MainView view, ActionBarViewModel actions) {
        this.viewModel = viewModel;
        this.view = view;
        this.actions = actions;
    }

    static MainWindow create(AppContext context, ScreenOpener screens) {
        return create(context, screens, ActionOpener.none());
    }

    /**
     * The working window; {@code actions} opens the action dialogs. The window follows the outbox: each stored
     * result reads the list, counts and detail again.
     */
    static MainWindow create(AppContext context, ScreenOpener screens, ActionOpener actions) {
        Formats formats = new Formats(context.bundle());
        OrderListViewModel orders = new OrderListViewModel(context.orderSource(), context.executor(),
                context.seenMarks(), new ColumnChoice(context.savedColumns(),
                value -> context.saveSetting(AppContext.COLUMNS, value)), context.clock());
        OrderDetailViewModel detail = new OrderDetailViewModel(context.details()::load, context.executor(), formats);
        SyncBarViewModel sync = new SyncBarViewModel(context.syncPort(), context.executor(), formats);
        MainViewModel viewModel = new MainViewModel(context.orderSource(), orders, detail, sync, screens,
                context.executor(), formats, context.clock(), context.mode() == AppContext.Mode.DEMO,
                context.notice() == null ? null : formats.text("banner.notConnected", context.notice()));
        ActionBarViewModel actionBar = new ActionBarViewModel(orders, actions);
        MainWindow window = new MainWindow(viewModel, MainView.load(viewModel, actionBar, formats), actionBar);
        context.actions().addListener(actionId -> context.executor().onUi(viewModel::storeChanged));
        if (!context.store().index().isLoaded()) {
            // Until the index has loaded, the list shows a first page read straight from the database. On two cores
            // loading it meanwhile would slow the window down, so it starts once the first rows are on screen.
            window.afterFirstRows(context.store().index()::loadNow);
            context.store().index().whenLoaded(() -> context.executor().onUi(() -> {
                orders.reload();
                viewModel.refreshCounts();
            }));
        }
        return window;
    }

    /**
     * Runs {@code action} once on the FX thread, in the first pulse that lays out the answer to the list's first
     * search (rows, or none): work that can wait until the window shows something waits for this.
     */
    void afterFirstRows(Runnable action) {
        OrderListViewModel orders = viewModel.orders();
        if (orders.shownFilter() != null && !orders.loadingProperty().get()) {
            action.run();
            return;
        }
        InvalidationListener firstAnswer = new InvalidationListener() {
            @Override
            public void invalidated(Observable observable) {
                if (orders.loadingProperty().get()) {
                    return;
                }
                orders.loadingProperty().removeListener(this);
                Scene scene = view.root().getScene();
                if (scene == null) {
                    action.run();
                    return;
                }
                scene.addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        action.run();
                    }
                });
            }
        };
        orders.loadingProperty().addListener(firstAnswer);
    }

    /**
     * The same window over nothing, shown while the store opens: the user sees the real layout at once, saying it is
     * loading, and building it warms up FXML, CSS and the table so the real window then appears quickly. Its work
     * never runs, so it stays "loading" and does nothing.
     */
    static MainWindow placeholder(ResourceBundle bundle) {
        Formats formats = new Formats(bundle);
        UiExecutor idle = new UiExecutor() {
            @Override
            public <T> Cancellable submit(Callable<T> work, Consumer<? super T> onSuccess,
                                          Consumer<? super Throwable> onFailure) {
                return () -> { };
            }

            @Override
            public void onUi(Runnable action) {
                action.run();
            }
        };
        OrderSource nothing = new OrderSource() {
            @Override
            public SearchResult search(OrderFilter filter) {
                return new SearchResult(0, List.of());
            }

            @Override
            public Map<OrderTab, Integer> tabCounts() {
                return Map.of();
            }

            @Override
            public Map<String, ShippingContact> contacts(Collection<String> productOrderIds) {
                return Map.of();
            }
        };
        ScreenOpener closed = new ScreenOpener() {
            @Override
            public void openSettings() {
            }

            @Override
            public void openSyncLog() {
            }
        };
        OrderListViewModel orders = new OrderListViewModel(nothing, idle, SeenMarks.inMemory(),
                new ColumnChoice(null, value -> { }), Clock.systemUTC());
        MainViewModel viewModel = new MainViewModel(nothing, orders,
                new OrderDetailViewModel(id -> null, idle, formats),
                new SyncBarViewModel(ServiceSyncPort.idle(), idle, formats), closed, idle, formats,
                Clock.systemUTC(), false, null);
        MainWindow window = new MainWindow(viewModel, MainView.load(viewModel, formats), null);
        viewModel.start();
        return window;
    }

    Parent root() {
        return view.root();
    }

    MainViewModel viewModel() {
        return viewModel;
    }

    MainView view() {
        return view;
    }

    /** The order actions, {@code null} on the placeholder. */
    ActionBarViewModel actions() {
        return actions;
    }
}
