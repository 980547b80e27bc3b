package io.orderdesk.app;

import io.orderdesk.api.NpayClientConfig;
import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.store.DataFolder;
import io.orderdesk.sync.ConnectionSettings;
import io.orderdesk.store.Store;
import io.orderdesk.sync.CancelSignal;
import io.orderdesk.sync.SyncEngine;
import io.orderdesk.sync.SyncReport;
import io.orderdesk.sync.SyncSettings;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code order-desk sync --once [--backfill-days N]}: one sync into the store, then exit (0 on success, 1 on failure,
 * 2 for bad arguments or no connection, 3 when another instance is syncing the same store).
 */
final class SyncCommand {

    private SyncCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        CommandArgs parsed;
        try {
            parsed = CommandArgs.parse(args, Set.of("backfill-days"), Set.of("once"));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("Usage: order-desk sync --once [--backfill-days N]");
            return 2;
        }
        if (!parsed.flag("once")) {
            err.println("Only --once is supported: order-desk sync --once [--backfill-days N]");
            return 2;
        }
        try (Store store = Store.fromEnvironment(env, DataFolder.create(AppPaths.dataFolder(env)))) {
            Optional<NpayClientConfig> config;
            int backfillDays;
            try {
                config = ConnectionSettings.resolve(env, store.settings());
                int saved = store.settings().get(ConnectionSettings.BACKFILL_DAYS).map(Integer::parseInt).orElse(7);
                backfillDays = parsed.intValue("backfill-days", saved, 0, 365);
            } catch (IllegalArgumentException | IllegalStateException e) {
                err.println(e.getMessage());
                return 2;
            }
            if (config.isEmpty()) {
                err.println("연결 정보가 없습니다. 앱의 설정 화면에서 네이버페이 계정을 연결하거나 ORDERDESK_BASE_URL,"
                        + " ORDERDESK_CLIENT_ID, ORDERDESK_CLIENT_SECRET 환경 변수를 지정해 주세요.");
                return 2;
            }
            try (NpayOrderClient client = NpayOrderClient.create(config.get())) {
                SyncEngine engine = new SyncEngine(client, store,
                        SyncSettings.defaults().withBackfillDays(backfillDays), Clock.systemUTC(), Owner.name());
                SyncReport report = engine.runOnce(progress -> out.printf("windows %d/%d, orders %d%n",
                        progress.windowsDone(), progress.windowsTotal(), progress.ordersFetched()), new CancelSignal());
                out.printf("%s: %d windows, %d pages, %d fetched, %d new, %d updated, %d skipped%n",
                        report.outcome(), report.windows(), report.pages(), report.fetched(), report.inserted(),
                        report.updated(), report.skipped());
                return switch (report.outcome()) {
                    case OK -> 0;
                    case BUSY -> 3;
                    case CANCELLED, FAILED -> {
                        if (report.error() != null) {
                            err.println(report.error().getMessage());
                        }
                        yield 1;
                    }
                };
            }
        }
    }
}
