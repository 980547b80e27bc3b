package io.orderdesk.sync;

import io.orderdesk.api.NpayClientConfig;
import io.orderdesk.api.NpayEnvironment;
import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.api.http.RetryPolicy;
import io.orderdesk.sandbox.server.Sandbox;
import io.orderdesk.store.Store;
import java.time.Clock;
import java.time.Duration;

/**
 * Syncs a sandbox into a store for screen tests, which must not reach the API themselves (the UI never does): one
 * client, no retries, so a fault injected between runs shows up as a failed window at once.
 */
public final class SandboxSync implements AutoCloseable {

    private final NpayOrderClient client;
    private final SyncEngine engine;

    public SandboxSync(Sandbox sandbox, Store store, int backfillDays) {
        this.client = NpayOrderClient.create(NpayClientConfig.of(NpayEnvironment.custom(sandbox.baseUrl()),
                        sandbox.clientId(), sandbox.clientSecret())
                .withMerchantId(sandbox.merchantId())
                .withInitialRate(1000)
                .withRetry(new RetryPolicy(1, Duration.ZERO, Duration.ZERO), duration -> { }));
        this.engine = new SyncEngine(client, store, SyncSettings.defaults().withBackfillDays(backfillDays),
                Clock.systemUTC(), "screen-test");
    }

    /** One sync run. */
    public SyncReport run() {
        return engine.runOnce(SyncListener.NONE, new CancelSignal());
    }

    @Override
    public void close() {
        client.close();
    }
}
