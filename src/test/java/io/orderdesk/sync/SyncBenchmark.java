package io.orderdesk.sync;

import io.orderdesk.api.NpayClientConfig;
import io.orderdesk.api.NpayEnvironment;
import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.sandbox.SandboxClock;
import io.orderdesk.sandbox.server.Sandbox;
import io.orderdesk.sandbox.server.SandboxOptions;
import io.orderdesk.store.Store;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Sync figures (issue 4), printed, not asserted: a back-fill of about 20,000 product orders from the sandbox at a
 * fixed rate per endpoint compared with the lower bound the rate allows, then an incremental run with nothing new.
 *
 * <p>Run: {@code mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt &&
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.orderdesk.sync.SyncBenchmark [orders] [rate]}
 */
public final class SyncBenchmark {

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 13_000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path folder = Files.createTempDirectory("od-sync-bench");
        Instant now = Instant.parse("2026-11-20T01:00:00Z");
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(42, orders, 14).withRate(rate)
                .withClock(SandboxClock.fixed(now)));
             NpayOrderClient client = NpayOrderClient.create(NpayClientConfig.of(
                     NpayEnvironment.custom(sandbox.baseUrl()), sandbox.clientId(), sandbox.clientSecret())
                     .withMerchantId(sandbox.merchantId()).withClock(sandbox.clock()));
             Store store = Store.openLocal(folder)) {
            SyncEngine engine = new SyncEngine(client, store, SyncSettings.defaults().withBackfillDays(14),
                    Clock.fixed(now, sandbox.clock().getZone()), "bench");
            client.accessToken();
            sandbox.calls().clear();

            long start = System.nanoTime();
            SyncReport report = engine.runOnce(SyncListener.NONE, new CancelSignal());
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Long> calls = perEndpoint(sandbox);
            long largest = calls.values().stream().mapToLong(Long::longValue).max().orElse(0);
            double bound = (double) largest / rate;
            System.out.printf("back-fill: %s, %d product orders in %.2f s (%.0f orders/s)%n", report.outcome(),
                    report.fetched(), seconds, report.fetched() / seconds);
            System.out.printf("  calls per endpoint: %s; rate %d/s per endpoint%n", calls, rate);
            System.out.printf("  lower bound %.2f s (largest count %d / rate %d); ratio %.2f (target <= 1.3)%n",
                    bound, largest, rate, seconds / bound);
            System.out.printf("  429 answers: %d%n", sandbox.calls().calls().stream()
                    .filter(c -> c.status() == 429).count());

            sandbox.calls().clear();
            long incremental = System.nanoTime();
            SyncReport nothing = engine.runOnce(SyncListener.NONE, new CancelSignal());
            System.out.printf("incremental with nothing new: %s, %d calls, %.0f ms (target <= 2 calls)%n",
                    nothing.outcome(), sandbox.calls().calls().size(), (System.nanoTime() - incremental) / 1e6);
            System.out.printf("peak heap: %d MB%n", peakHeapMb());
        }
    }

    private static Map<String, Long> perEndpoint(Sandbox sandbox) {
        return sandbox.calls().calls().stream()
                .collect(Collectors.groupingBy(c -> String.valueOf(c.endpoint()), TreeMap::new,
                        Collectors.counting()));
    }

    static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
