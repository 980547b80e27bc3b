package io.orderdesk.contract;

import io.orderdesk.api.LastChangedQuery;
import io.orderdesk.api.NpayClientConfig;
import io.orderdesk.api.NpayEnvironment;
import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.api.NpayResponse;
import io.orderdesk.api.dto.LastChangeStatus;
import io.orderdesk.api.dto.LastChangedStatuses;
import io.orderdesk.api.dto.ProductOrderDetail;
import io.orderdesk.api.http.RetryPolicy;
import io.orderdesk.api.http.Sleeper;
import io.orderdesk.api.json.PartialList;
import io.orderdesk.sandbox.server.Sandbox;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How fast the real client pulls a whole world out of the sandbox the way sync does: every change of a large world
 * through last-changed pages of 300 (24-hour windows), then every detail through {@code /query} batches of 300.
 * Not a test; run {@link #main} with optional arguments {@code orders days} (default 20000 14). Target: at least
 * 2,000 details per second.
 */
public final class SandboxThroughputBenchmark {

    private static final int BATCH = 300;
    private static final Duration WINDOW = Duration.ofHours(24);

    private SandboxThroughputBenchmark() {
    }

    public static void main(String[] args) {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 14;
        long started = System.nanoTime();
        try (Sandbox sandbox = Sandbox.start(ContractSandbox.options(42, orders, days))) {
            double startSeconds = seconds(started);
            NpayClientConfig config = NpayClientConfig.of(NpayEnvironment.custom(sandbox.baseUrl()),
                            sandbox.clientId(), sandbox.clientSecret())
                    .withMerchantId(sandbox.merchantId())
                    .withClock(sandbox.clock())
                    .withRetry(RetryPolicy.defaults(), Sleeper.system())
                    .withInitialRate(1_000);
            try (NpayOrderClient client = NpayOrderClient.create(config)) {
                client.accessToken();
                sandbox.calls().clear();

                long feedStarted = System.nanoTime();
                Set<String> ids = new LinkedHashSet<>();
                int feedCalls = changedIds(client, sandbox.clock().instant(), days, ids);
                double feedSeconds = seconds(feedStarted);

                long queryStarted = System.nanoTime();
                long queryCpuStarted = cpuNanos();
                List<String> all = new ArrayList<>(ids);
                int details = 0;
                int rejected = 0;
                int queryCalls = 0;
                for (int from = 0; from < all.size(); from += BATCH) {
                    NpayResponse<PartialList<ProductOrderDetail>> response =
                            client.queryProductOrders(all.subList(from, Math.min(all.size(), from + BATCH)));
                    details += response.data().items().size();
                    rejected += response.rejected().size();
                    queryCalls++;
                }
                double querySeconds = seconds(queryStarted);
                double queryCpuSeconds = (cpuNanos() - queryCpuStarted) / 1e9;

                System.out.printf("sandbox: %,d orders over %d days, started in %.1f s (nodelay=%s)%n", orders, days,
                        startSeconds, System.getProperty("sun.net.httpserver.nodelay", "false"));
                System.out.printf("last-changed: %,d product orders in %d calls, %.2f s%n", ids.size(), feedCalls,
                        feedSeconds);
                System.out.printf("query:        %,d details (%d rejected) in %d calls of %d, %.2f s = %,.0f details/s%n",
                        details, rejected, queryCalls, BATCH, querySeconds, details / querySeconds);
                System.out.printf("              %.2f s of CPU (client and sandbox share this JVM) = %,.0f details "
                        + "per CPU-second; %d processors%n", queryCpuSeconds, details / queryCpuSeconds,
                        Runtime.getRuntime().availableProcessors());
                System.out.printf("end to end:   %,.0f details/s; %d API calls in the sandbox log%n",
                        details / (feedSeconds + querySeconds), sandbox.calls().calls().size());
            }
        }
    }

    /** Walks the feed in 24-hour windows from before the oldest order to now; returns the number of calls. */
    private static int changedIds(NpayOrderClient client, Instant now, int days, Set<String> ids) {
        int calls = 0;
        Instant from = now.minus(Duration.ofDays(days + 1L));
        while (!from.isAfter(now)) {
            Instant to = from.plus(WINDOW);
            LastChangedQuery query = new LastChangedQuery(ContractSandbox.kst(from), ContractSandbox.kst(to), null, null,
                    BATCH);
            while (true) {
                LastChangedStatuses page = client.lastChangedStatuses(query).data();
                calls++;
                for (LastChangeStatus row : page.lastChangeStatuses().items()) {
                    ids.add(row.productOrderId());
                }
                if (page.more() == null) {
                    break;
                }
                query = query.next(page.more().moreFrom(), page.more().moreSequence());
            }
            from = to.plusMillis(1);
        }
        return calls;
    }

    /** CPU time of the whole process, so a busy machine can be told apart from a slow path. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
