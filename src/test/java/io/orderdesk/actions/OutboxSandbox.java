package io.orderdesk.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.api.NpayClientConfig;
import io.orderdesk.api.NpayEnvironment;
import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.api.http.RetryPolicy;
import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.ActionLineState;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.sandbox.ApiResult;
import io.orderdesk.sandbox.SandboxClock;
import io.orderdesk.sandbox.server.CallRecord;
import io.orderdesk.sandbox.server.Sandbox;
import io.orderdesk.sandbox.server.SandboxOptions;
import io.orderdesk.store.OrderSummary;
import io.orderdesk.store.OutboxAction;
import io.orderdesk.store.Store;
import io.orderdesk.store.StoredProductOrder;
import io.orderdesk.sync.StoredProductOrderMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * A small, still sandbox (frozen clock, no live simulation, no rate limit worth the name) and the real client
 * pointed at it, for the outbox tests; plus a fresh H2 store and an {@link ActionService} per test.
 */
final class OutboxSandbox implements AutoCloseable {

    static final Instant START = Instant.parse("2026-12-01T03:00:00Z");
    static final RetryPolicy RETRY = new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20));
    static final Backoff FAST = new Backoff(Duration.ofMillis(100), Duration.ofMillis(400));
    /** The catalogue's class voucher, the one product that is never shipped. */
    private static final String NO_DELIVERY_PRODUCT = "8812450041";
    private static final AtomicInteger TRACKING = new AtomicInteger();

    final Sandbox sandbox;
    /** Another PC's client: shapes state the way staff elsewhere (or the Npay center) would. */
    final NpayOrderClient other;
    /** What the service's client supplier hands out; tests swap it to go offline or unconfigured. */
    final AtomicReference<Optional<NpayOrderClient>> current = new AtomicReference<>();
    private final List<NpayOrderClient> clients = new ArrayList<>();

    private OutboxSandbox(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.other = client(Duration.ofSeconds(10));
        current.set(Optional.of(client(Duration.ofSeconds(10))));
    }

    static OutboxSandbox start(long seed) {
        return new OutboxSandbox(Sandbox.start(SandboxOptions.defaults().withClock(SandboxClock.fixed(START))
                .withWorld(seed, 10, 1).withRate(100_000)));
    }

    /** A client of this sandbox that gives up waiting for an answer after {@code readTimeout}. */
    NpayOrderClient client(Duration readTimeout) {
        return keep(NpayOrderClient.create(config(sandbox.baseUrl(), readTimeout)));
    }

    /** A client of a port nobody listens on: every connection is refused. */
    NpayOrderClient unreachableClient() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keep(NpayOrderClient.create(config("http://127.0.0.1:" + port + "/npay/partner",
                Duration.ofSeconds(2))));
    }

    private NpayClientConfig config(String baseUrl, Duration readTimeout) {
        return NpayClientConfig.of(NpayEnvironment.custom(baseUrl), sandbox.clientId(), sandbox.clientSecret())
                .withMerchantId(sandbox.merchantId())
                .withClock(sandbox.clock())
                .withRetry(RETRY, duration -> { })
                .withInitialRate(1_000)
                .withTimeouts(Duration.ofSeconds(2), readTimeout);
    }

    /** An action service on the store, using {@link #current} and the sandbox clock; the caller closes it. */
    ActionService service(Store store) {
        return new ActionService(store, current::get, sandbox.clock(), FAST);
    }

    Instant now() {
        return sandbox.clock().instant();
    }

    /** Product orders in {@code state} ({@code PAYED}, {@code CONFIRMED}, {@code DELIVERED} …) that ship by parcel. */
    List<String> create(String state, int count) {
        List<String> ids = new ArrayList<>();
        for (int attempt = 0; ids.size() < count && attempt < 500; attempt++) {
            ApiResult result = sandbox.admin().createOrder(Map.of("state", state,
                    "lines", Math.min(10, count - ids.size())));
            assertThat(result.isOk()).as("createOrder %s: %s", state, result).isTrue();
            for (Object id : (List<?>) ((Map<?, ?>) result.data()).get("productOrderIds")) {
                if (!NO_DELIVERY_PRODUCT.equals(productId((String) id))) {
                    ids.add((String) id);
                }
            }
        }
        return ids.subList(0, count);
    }

    String createOne(String state) {
        return create(state, 1).get(0);
    }

    void event(String productOrderId, String event) {
        ApiResult result = sandbox.admin().event(Map.of("productOrderId", productOrderId, "event", event));
        assertThat(result.isOk()).as("event %s on %s: %s", event, productOrderId, result).isTrue();
    }

    /** Waits until no line of the action is PENDING or SENDING any more. */
    OutboxAction awaitSettled(ActionService service, long actionId) {
        await(() -> {
            OutboxAction action = service.action(actionId).orElseThrow();
            return action.count(ActionLineState.PENDING) + action.count(ActionLineState.SENDING) == 0;
        }, "action " + actionId + " to leave PENDING/SENDING");
        return service.action(actionId).orElseThrow();
    }

    static void await(BooleanSupplier condition, String what) {
        await(condition, what, Duration.ofSeconds(20));
    }

    static void await(BooleanSupplier condition, String what, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
    }

    /** The calls to one endpoint ({@code Endpoint} name) that named this product order. */
    List<CallRecord> calls(String endpoint, String productOrderId) {
        return sandbox.calls().calls().stream()
                .filter(call -> endpoint.equals(call.endpoint()) && call.productOrderIds().contains(productOrderId))
                .toList();
    }

    /** Reads the orders and stores them as a sync would, so an action on them has a baseline to compare with. */
    void storeOrders(Store store, List<String> productOrderIds) {
        var details = other.queryProductOrders(productOrderIds).data();
        List<StoredProductOrder> rows = new ArrayList<>();
        for (int i = 0; i < details.items().size(); i++) {
            rows.add(StoredProductOrderMapper.map(details.items().get(i), details.rawItems().get(i)));
        }
        store.productOrders().upsert(rows);
    }

    static OrderSummary stored(Store store, String productOrderId) {
        return store.productOrders().find(productOrderId).orElseThrow().summary();
    }

    /** A parcel dispatch of today with a fresh plausible tracking number. */
    ActionInput.Dispatch parcel() {
        return new ActionInput.Dispatch(DeliveryMethod.DELIVERY, DeliveryCompany.CJGLS, newTracking(), now());
    }

    static String newTracking() {
        return String.format("6%011d", 50_000_000 + TRACKING.incrementAndGet());
    }

    static ActionDraft draft(OrderAction action, List<String> ids, ActionInput input) {
        return new ActionDraft(action, "김직원", ids.stream().map(id -> new DraftLine(id, input)).toList());
    }

    private String productId(String productOrderId) {
        Map<?, ?> view = (Map<?, ?>) sandbox.admin().productOrder(productOrderId).data();
        return (String) ((Map<?, ?>) ((Map<?, ?>) view.get("detail")).get("productOrder")).get("productId");
    }

    private NpayOrderClient keep(NpayOrderClient client) {
        clients.add(client);
        return client;
    }

    @Override
    public void close() {
        clients.forEach(NpayOrderClient::close);
        sandbox.close();
    }
}
