package io.orderdesk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.api.NpayClientConfig;
import io.orderdesk.api.NpayEnvironment;
import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.api.http.Sleeper;
import io.orderdesk.sandbox.Endpoint;
import io.orderdesk.sandbox.server.CallRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gateway's token bucket at 5 calls per second (burst 10) against a client that starts at its cautious default
 * and really waits: a burst of reads from several threads must draw no 429, because the client adopts the
 * {@code GNCP-GW-RateLimit-*} headers. The same burst sent raw shows the limit is real.
 */
class RateLimitContractTest {

    private static final int RATE = 5;
    private static final int BURST = 30;

    private static ContractSandbox fx;
    private static String orderId;

    @BeforeAll
    static void start() {
        fx = ContractSandbox.start(ContractSandbox.options(9, 10, 1).withRate(RATE));
        orderId = fx.createAny("PAYED", 1).orderId();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void aBurstOfReadsThroughTheClientDrawsNoRateLimit() throws Exception {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        Sleeper recordingSleeper = duration -> {
            waits.add(duration);
            Sleeper.system().sleep(duration);
        };
        NpayClientConfig config = NpayClientConfig.of(NpayEnvironment.custom(fx.sandbox.baseUrl()),
                        fx.sandbox.clientId(), fx.sandbox.clientSecret())
                .withMerchantId(fx.sandbox.merchantId())
                .withClock(fx.sandbox.clock())
                .withRetry(ContractSandbox.RETRY, recordingSleeper);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        long started = System.nanoTime();
        try (NpayOrderClient client = NpayOrderClient.create(config)) {
            List<Future<List<String>>> answers = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                answers.add(pool.submit(() -> client.productOrderIds(orderId).data()));
            }
            for (Future<List<String>> answer : answers) {
                assertThat(answer.get()).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        List<CallRecord> calls = fx.calls(Endpoint.PRODUCT_ORDER_IDS.name());
        assertThat(calls).hasSize(BURST).allSatisfy(call -> assertThat(call.status()).isEqualTo(200));
        assertThat(waits).isNotEmpty();
        System.out.printf("%d reads at %d/s through the client: %d ms, %d waits, no 429%n", BURST, RATE,
                elapsed.toMillis(), waits.size());
    }

    @Test
    void theSameBurstSentRawIsRateLimited() {
        String path = "/v1/pay-order/mall/product-orders/last-changed-statuses?lastChangedFrom="
                + ContractSandbox.queryTime(ContractSandbox.START.minusSeconds(3600));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            statuses.add(fx.get(path).status());
        }

        assertThat(statuses).contains(429);
        assertThat(statuses.subList(0, 2 * RATE)).containsOnly(200);
    }
}
