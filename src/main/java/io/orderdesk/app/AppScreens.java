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
import java.util.function.Consumer;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the settings and sync-log windows over the main window, each with a fresh view model. */
final class AppScreens implements ScreenOpener {

    private final AppContext context;
    private final Window owner;
    private final Consumer<Runnable> settingsSaved;

    /**
     * @param settingsSaved told after each save in the settings window, with a way to close that window (the app
     *                      reopens its context when the connection or language changed)
     */
    AppScreens(AppContext context, Window owner, Consumer<Runnable> settingsSaved) {
        this.context = context;
        this.owner = owner;
        this.settingsSaved = settingsSaved;
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
