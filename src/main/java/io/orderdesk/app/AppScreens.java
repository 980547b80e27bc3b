package io.orderdesk.app;

import io.orderdesk.sync.ConnectionCheck;
import io.orderdesk.sync.ConnectionCheckRequest;
import io.orderdesk.sync.ConnectionSettings;
import io.orderdesk.ui.main.ScreenOpener;
import io.orderdesk.ui.settings.SettingsView;
import io.orderdesk.ui.settings.SettingsViewModel;
import io.orderdesk.ui.settings.StoreSettingsGateway;
import io.orderdesk.ui.synclog.SyncLogView;
import io.orderdesk.ui.synclog.SyncLogViewModel;
import javafx.stage.Window;

/** Opens the settings and sync-log windows over the main window, each with a fresh view model. */
final class AppScreens implements ScreenOpener {

    private final AppContext context;
    private final Window owner;

    AppScreens(AppContext context, Window owner) {
        this.context = context;
        this.owner = owner;
    }

    @Override
    public void openSettings() {
        ConnectionCheckRequest demoTarget = context.sandbox().map(sandbox -> new ConnectionCheckRequest(
                ConnectionSettings.CUSTOM, sandbox.baseUrl(), sandbox.clientId(), sandbox.clientSecret(),
                sandbox.merchantId())).orElse(null);
        SettingsViewModel viewModel = new SettingsViewModel(
                new StoreSettingsGateway(context.settings(), new ConnectionCheck(), demoTarget),
                context.executor(), context.bundle());
        SettingsView.open(owner, viewModel, context.bundle());
    }

    @Override
    public void openSyncLog() {
        SyncLogViewModel viewModel = new SyncLogViewModel(limit -> context.store().ledger().recent(limit),
                context.executor(), context.bundle());
        SyncLogView.open(owner, viewModel, context.bundle());
    }
}
