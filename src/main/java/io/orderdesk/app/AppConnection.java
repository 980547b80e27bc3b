package io.orderdesk.app;

import io.orderdesk.api.NpayClientConfig;
import io.orderdesk.api.NpayEnvironment;
import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.app.AppContext.Config;
import io.orderdesk.app.AppContext.Mode;
import io.orderdesk.sandbox.server.Sandbox;
import io.orderdesk.store.Store;
import io.orderdesk.sync.ConnectionSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Where the orders come from: the real API when a connection is configured, else the demo sandbox with its own
 * store; a connection setting that is there but incomplete leaves the app on its cached orders with a notice.
 */
record AppConnection(Mode mode, RuntimeException problem, Store store, Path folder, Sandbox sandbox, NpayOrderClient client,
                     Clock clock) {

    /**
     * @param practice the practice shop of the context this one replaces (a reopen for a new language), taken over
     *                 as it is when the settings still ask for demo mode and closed otherwise; {@code null} if none
     */
    static AppConnection open(Config config, Path folder, Store settingsStore, AppConnection practice) {
        AppConnection chosen = null;
        try {
            chosen = choose(config, folder, settingsStore, practice);
            return chosen;
        } finally {
            if (practice != null && chosen != practice) {
                practice.close();
            }
        }
    }

    private static AppConnection choose(Config config, Path folder, Store settingsStore, AppConnection practice) {
        Optional<NpayClientConfig> live;
        try {
            live = ConnectionSettings.resolve(config.env(), settingsStore.settings());
        } catch (IllegalStateException | IllegalArgumentException e) {
            return new AppConnection(Mode.NOT_CONNECTED, e, settingsStore, folder, null, null,
                    Clock.systemUTC());
        }
        if (live.isPresent()) {
            return new AppConnection(Mode.LIVE, null, settingsStore, folder, null,
                    NpayOrderClient.create(config.clientTuning().apply(live.get())), Clock.systemUTC());
        }
        if (practice != null) {
            return practice;
        }
        Path demoFolder = DemoFolder.fresh(folder.resolve(AppContext.DEMO_FOLDER));
        Store demoStore = Store.openLocal(demoFolder);
        Sandbox sandbox = null;
        try {
            sandbox = Sandbox.start(config.demoSandbox());
            NpayClientConfig demo = NpayClientConfig.of(NpayEnvironment.custom(sandbox.baseUrl()),
                            sandbox.clientId(), sandbox.clientSecret())
                    .withMerchantId(sandbox.merchantId())
                    .withClock(sandbox.clock())
                    .withInitialRate(config.demoSandbox().rate());
            return new AppConnection(Mode.DEMO, null, demoStore, demoFolder, sandbox,
                    NpayOrderClient.create(config.clientTuning().apply(demo)), sandbox.clock());
        } catch (RuntimeException e) {
            if (sandbox != null) {
                sandbox.close();
            }
            demoStore.close();
            throw e;
        }
    }

    /** Closes its client and, in demo mode, the sandbox and the practice store; the settings store stays open. */
    void close() {
        if (client != null) {
            client.close();
        }
        if (mode == Mode.DEMO) {
            sandbox.close();
            store.close();
        }
    }
}
