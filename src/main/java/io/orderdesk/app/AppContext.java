package io.orderdesk.app;

import io.orderdesk.actions.ActionService;
import io.orderdesk.api.NpayClientConfig;
import io.orderdesk.api.NpayEnvironment;
import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.sandbox.server.Sandbox;
import io.orderdesk.sandbox.server.SandboxOptions;
import io.orderdesk.store.DataFolder;
import io.orderdesk.store.Settings;
import io.orderdesk.store.Store;
import io.orderdesk.sync.ConnectionSettings;
import io.orderdesk.sync.OrderDetailService;
import io.orderdesk.sync.SyncEngine;
import io.orderdesk.sync.SyncReport;
import io.orderdesk.sync.SyncService;
import io.orderdesk.sync.SyncSettings;
import io.orderdesk.ui.main.SyncPort;
import io.orderdesk.ui.orders.Formats;
import io.orderdesk.ui.orders.OrderListViewModel;
import io.orderdesk.ui.orders.OrderSource;
import io.orderdesk.ui.orders.SeenMarks;
import io.orderdesk.ui.support.FxUiExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the running app is made of, built once with {@code new} (STYLE.md habit 2): the store, demo sandbox or
 * real connection, sync, detail service, executor and bundle. Opening it blocks (database, sandbox), so the app does
 * it off the FX thread while a splash shows. Closing it stops the sync, the sandbox and the store.
 *
 * <p>Demo mode (nothing configured) runs the in-process sandbox and keeps its orders in the {@code demo} sub-folder,
 * started afresh each time the app starts (a reopen for a new language keeps it), so practice orders never mix with
 * real ones. Settings always live in the main store.
 */
public final class AppContext implements AutoCloseable {

    public static final String LOCALE = "ui.locale";
    public static final String COLUMNS = "ui.columns";
    public static final String REFRESH_MINUTES = "sync.refreshMinutes";
    static final String DEMO_FOLDER = "demo";

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);

    /** How the app connects. */
    public enum Mode { DEMO, LIVE, NOT_CONNECTED }

    /**
     * How to open.
     *
     * @param demoSandbox  the sandbox demo mode starts
     * @param clientTuning adjusts the client config (tests shorten retries)
     * @param autoRefresh  refresh on the interval from the settings
     */
    public record Config(Map<String, String> env, Path dataFolder, SandboxOptions demoSandbox,
                         UnaryOperator<NpayClientConfig> clientTuning, boolean autoRefresh) {

        public static Config fromSystem() {
            Map<String, String> env = System.getenv();
            return new Config(env, AppPaths.dataFolder(env), SandboxOptions.defaults().withLive(true),
                    UnaryOperator.identity(), true);
        }
    }

    private final Config config;
    private final Store settingsStore;
    private final AppConnection connection;
    private final Store store;
    private final Mode mode;
    private final String notice;
    private final Sandbox sandbox;
    private final NpayOrderClient client;
    private final SyncService syncService;
    private final SyncPort syncPort;
    private final Clock clock;
    private final ResourceBundle bundle;
    private final FxUiExecutor executor = new FxUiExecutor(3);
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "od-settings-writer");
        thread.setDaemon(true);
        return thread;
    });
    private final OrderDetailService details;
    private final StoreOrderSource orderSource;
    private final SeenMarks seenMarks;
    private final String savedColumns;
    private volatile Duration refreshInterval;
    private volatile boolean autoRefreshing;
    private final String builtFrom;
    private final ActionService actions;

    private AppContext(Config config, Store settingsStore, AppConnection connection) {
        this.config = config;
        this.settingsStore = settingsStore;
        this.connection = connection;
        this.store = connection.store();
        this.mode = connection.mode();
        this.sandbox = connection.sandbox();
        this.client = connection.client();
        this.clock = connection.clock();
        Settings settings = settingsStore.settings();
        this.bundle = ResourceBundle.getBundle("io.orderdesk.ui.messages",
                "en".equals(settings.get(LOCALE).orElse("ko")) ? Locale.ENGLISH : Locale.KOREAN);
        this.notice = notice(connection.problem(), bundle);
        this.savedColumns = settings.get(COLUMNS).orElse(null);
        this.refreshInterval = refreshInterval(settings);
        this.builtFrom = fingerprint(settings);
        this.actions = new ActionService(store, () -> Optional.ofNullable(client), clock);
        this.details = new OrderDetailService(store.productOrders());
        this.orderSource = new StoreOrderSource(store, details);
        SeenMarksFile seenFile = new SeenMarksFile(connection.folder());
        this.seenMarks = new SeenMarks(seenFile.load(), marks -> writer.execute(() -> seenFile.save(marks)));
        if (client != null) {
            int defaultDays = mode == Mode.DEMO ? 14 : 7;
            String owner = Owner.name();
            this.syncService = new SyncService(() -> new SyncEngine(client, store, SyncSettings.defaults()
                    .withBackfillDays(number(settings, ConnectionSettings.BACKFILL_DAYS, defaultDays)), clock, owner),
                    Clock.systemUTC());
            this.syncPort = new ServiceSyncPort(syncService);
        } else {
            this.syncService = null;
            this.syncPort = ServiceSyncPort.idle();
        }
    }

    /** Opens everything; blocks for the database and the sandbox, so call it off the FX thread. */
    public static AppContext open(Config config) {
        return open(config, null);
    }

    /**
     * Opens everything, taking over {@code practice} (from {@link #closeKeepingPracticeShop}) when the settings still
     * ask for demo mode, so a reopen for a new language does not start the practice shop over.
     */
    static AppContext open(Config config, AppConnection practice) {
        warmUpClient();
        Path folder;
        Store settingsStore;
        try {
            folder = DataFolder.create(config.dataFolder());
            settingsStore = Store.fromEnvironment(config.env(), folder);
        } catch (RuntimeException e) {
            if (practice != null) {
                practice.close();
            }
            throw e;
        }
        AppConnection connection = null;
        try {
            // From here the practice shop is AppConnection.open's: taken over, or closed.
            connection = AppConnection.open(config, folder, settingsStore, practice);
            LOG.info("Order Desk opens in {} mode", connection.mode());
            AppContext context = new AppContext(config, settingsStore, connection);
            context.orderSource.readAhead(OrderListViewModel.openingPage(context.clock));
            context.actions.start();
            if (context.syncService != null) {
                // A sync that got through means the API is reachable again: queued actions need not wait out
                // their backoff.
                context.syncService.addListener(new SyncService.Listener() {
                    @Override
                    public void onFinished(SyncReport report) {
                        if (context.syncService.status().offlineSince() == null) {
                            context.actions.wake();
                        }
                    }
                });
            }
            return context;
        } catch (RuntimeException e) {
            if (connection != null) {
                connection.close();
            }
            settingsStore.close();
            throw e;
        }
    }

    /**
     * Builds and drops a client on another thread while the store opens: loading and initialising the HTTP and JSON
     * libraries takes about half a second on a cold start, which this takes off the way to the first rows.
     */
    private static void warmUpClient() {
        Thread warmUp = new Thread(() -> {
            try (NpayOrderClient unused = NpayOrderClient.create(NpayClientConfig.of(
                    NpayEnvironment.custom("http://127.0.0.1:9/"), "warm-up", "warm-up"))) {
                LOG.debug("HTTP client classes loaded");
            } catch (RuntimeException e) {
                LOG.debug("Client warm-up failed; the real client will load them", e);
            }
        }, "od-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** Starts the automatic refresh at the interval from the settings (zero turns it off). */
    public synchronized void startAutoRefresh() {
        if (syncService != null && config.autoRefresh()) {
            autoRefreshing = true;
            syncService.refreshEvery(refreshInterval);
        }
    }

    /**
     * Takes up the saved refresh interval when it changed, without a reopen (which in practice mode would also start
     * the practice shop over): the running schedule, if started, moves to it. Reads the database: call off the FX
     * thread.
     */
    public synchronized void applyRefreshInterval() {
        Duration saved = refreshInterval(settingsStore.settings());
        if (saved.equals(refreshInterval)) {
            return;
        }
        LOG.info("Automatic refresh every {} min from now on", saved.toMinutes());
        refreshInterval = saved;
        if (autoRefreshing) {
            syncService.refreshEvery(saved);
        }
    }

    private static Duration refreshInterval(Settings settings) {
        return Duration.ofMinutes(number(settings, REFRESH_MINUTES, 5));
    }

    /** Writes a plain setting in the background, in the order asked. */
    public void saveSetting(String name, String value) {
        writer.execute(() -> {
            try {
                settingsStore.settings().put(name, value);
            } catch (RuntimeException e) {
                LOG.warn("Cannot save setting {}", name, e);
            }
        });
    }

    /**
     * True when the saved connection or language differ from what this context was built from, so the app should
     * reopen. Reads the database: call off the FX thread.
     */
    public boolean settingsChanged() {
        return !builtFrom.equals(fingerprint(settingsStore.settings()));
    }

    private static String fingerprint(Settings settings) {
        StringBuilder text = new StringBuilder();
        for (String name : List.of(ConnectionSettings.ENVIRONMENT, ConnectionSettings.BASE_URL,
                ConnectionSettings.CLIENT_ID, ConnectionSettings.MERCHANT_ID, LOCALE)) {
            text.append(name).append('=').append(settings.get(name).orElse("")).append('\n');
        }
        String secret = settings.getSecret(ConnectionSettings.CLIENT_SECRET).orElse("");
        return text.append(ConnectionSettings.CLIENT_SECRET).append('#').append(secret.hashCode()).toString();
    }

    /** The sync service, empty when no connection is configured. */
    public Optional<SyncService> syncService() {
        return Optional.ofNullable(syncService);
    }

    /** The data folder (database, secret key, logs). */
    public Path dataFolder() {
        return config.dataFolder();
    }

    /** The API client of this connection, empty when none is configured. */
    public Optional<NpayOrderClient> client() {
        return Optional.ofNullable(client);
    }

    /** Staff actions through the outbox. */
    public ActionService actions() {
        return actions;
    }

    public Mode mode() {
        return mode;
    }

    /** A sentence about an incomplete connection setting, or {@code null}. */
    public String notice() {
        return notice;
    }

    public Store store() {
        return store;
    }

    public Settings settings() {
        return settingsStore.settings();
    }

    public Optional<Sandbox> sandbox() {
        return Optional.ofNullable(sandbox);
    }

    public SyncPort syncPort() {
        return syncPort;
    }

    public Clock clock() {
        return clock;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public FxUiExecutor executor() {
        return executor;
    }

    public OrderDetailService details() {
        return details;
    }

    public OrderSource orderSource() {
        return orderSource;
    }

    public SeenMarks seenMarks() {
        return seenMarks;
    }

    /** The saved {@code ui.columns}, or {@code null}. */
    public String savedColumns() {
        return savedColumns;
    }

    public Duration refreshInterval() {
        return refreshInterval;
    }

    @Override
    public void close() {
        closeServices();
        connection.close();
        settingsStore.close();
    }

    /**
     * Closes everything but the practice shop (demo mode's sandbox, store and client), which it returns for the next
     * context to take over; {@code null}, after closing everything, in the other modes.
     */
    AppConnection closeKeepingPracticeShop() {
        if (mode != Mode.DEMO) {
            close();
            return null;
        }
        closeServices();
        settingsStore.close();
        return connection;
    }

    /** Stops what works over the store: actions, sync, the settings writer and the background executor. */
    private void closeServices() {
        actions.close();
        if (syncService != null) {
            syncService.close();
        }
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor.close();
    }

    /** What is wrong with the saved connection, in the window's language; {@code null} when nothing is. */
    private static String notice(RuntimeException problem, ResourceBundle bundle) {
        if (problem instanceof ConnectionSettings.Incomplete incomplete) {
            String key = "connection.missing." + incomplete.missing().name();
            return incomplete.variable() == null ? bundle.getString(key)
                    : new Formats(bundle).text(key, incomplete.variable());
        }
        return problem == null ? null : problem.getMessage();
    }

    private static int number(Settings settings, String name, int fallback) {
        try {
            return settings.get(name).map(String::trim).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
