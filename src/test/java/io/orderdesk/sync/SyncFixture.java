package io.orderdesk.sync;

import io.orderdesk.api.NpayClientConfig;
import io.orderdesk.api.NpayEnvironment;
import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.api.http.RetryPolicy;
import io.orderdesk.sandbox.SandboxClock;
import io.orderdesk.sandbox.server.Sandbox;
import io.orderdesk.sandbox.server.SandboxOptions;
import io.orderdesk.store.Store;
import io.orderdesk.store.StoredProductOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sandbox on a frozen clock, a client pointed at it, and a fresh local store. */
final class SyncFixture implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-20T01:00:00Z");

    final Sandbox sandbox;
    final NpayOrderClient client;
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final List<Store> stores = new ArrayList<>();

    SyncFixture(int orders, int days) {
        sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(42, orders, days).withRate(1000)
                .withClock(SandboxClock.fixed(NOW)));
        client = NpayOrderClient.create(NpayClientConfig.of(NpayEnvironment.custom(sandbox.baseUrl()),
                        sandbox.clientId(), sandbox.clientSecret())
                .withMerchantId(sandbox.merchantId())
                .withClock(sandbox.clock())
                .withInitialRate(1000)
                .withRetry(new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(2)), sleeps::add)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(700)));
    }

    Store store(Path folder) {
        Store store = Store.openLocal(folder);
        stores.add(store);
        return store;
    }

    SyncEngine engine(Store store, int backfillDays) {
        return engine(store, backfillDays, SyncSteps.NONE);
    }

    SyncEngine engine(Store store, int backfillDays, SyncSteps steps) {
        return new SyncEngine(client, store, SyncSettings.defaults().withBackfillDays(backfillDays),
                sandbox.clock(), "test-" + System.identityHashCode(store), steps);
    }

    /** Every stored product order as one comparable text, in id order. */
    static String dump(Store store) {
        StringBuilder text = new StringBuilder();
        store.productOrders().stream()
                .sorted(java.util.Comparator.comparing(StoredProductOrder::productOrderId))
                .forEach(row -> text.append(row).append('\n'));
        return text.toString();
    }

    @Override
    public void close() {
        stores.forEach(Store::close);
        client.close();
        sandbox.close();
    }
}
