package io.orderdesk.sync;

import io.orderdesk.api.NpayClientConfig;
import io.orderdesk.api.NpayEnvironment;
import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.api.http.RetryPolicy;
import io.orderdesk.sandbox.server.Sandbox;
import io.orderdesk.store.Store;
import java.time.Duration;

/**
 * A {@link ReviewSync} from a sandbox into a store for screen tests, which must not reach the API themselves: one
 * client on the sandbox's clock, no retries, so an injected fault shows up at once.
 */
public final class SandboxReviews implements AutoCloseable {

    private final NpayOrderClient client;
    private final ReviewSync sync;

    public SandboxReviews(Sandbox sandbox, Store store) {
        this.client = NpayOrderClient.create(NpayClientConfig.of(NpayEnvironment.custom(sandbox.baseUrl()),
                        sandbox.clientId(), sandbox.clientSecret())
                .withMerchantId(sandbox.merchantId())
                .withClock(sandbox.clock())
                .withInitialRate(1000)
                .withRetry(new RetryPolicy(1, Duration.ZERO, Duration.ZERO), duration -> { }));
        this.sync = new ReviewSync(client, store.reviews(), sandbox.clock());
    }

    public ReviewSync sync() {
        return sync;
    }

    @Override
    public void close() {
        client.close();
    }
}
