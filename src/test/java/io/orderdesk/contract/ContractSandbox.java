package io.orderdesk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.orderdesk.api.LastChangedQuery;
import io.orderdesk.api.NpayClientConfig;
import io.orderdesk.api.NpayEnvironment;
import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.api.NpayResponse;
import io.orderdesk.api.dto.BulkResult;
import io.orderdesk.api.dto.DispatchProductOrder;
import io.orderdesk.api.dto.LastChangeStatus;
import io.orderdesk.api.dto.LastChangedStatuses;
import io.orderdesk.api.dto.ProductOrderDetail;
import io.orderdesk.api.http.RetryPolicy;
import io.orderdesk.api.json.NpayDateTime;
import io.orderdesk.api.json.PartialList;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.LastChangedType;
import io.orderdesk.sandbox.ApiResult;
import io.orderdesk.sandbox.SandboxClock;
import io.orderdesk.sandbox.server.CallRecord;
import io.orderdesk.sandbox.server.Sandbox;
import io.orderdesk.sandbox.server.SandboxOptions;
import io.orderdesk.sandbox.shop.Shop;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * One sandbox for a test class on a frozen {@link SandboxClock}, the real {@link NpayOrderClient} pointed at it, and
 * the admin-path shortcuts the contract tests shape state with. Backoff goes to {@link #sleeps} instead of sleeping.
 */
final class ContractSandbox implements AutoCloseable {

    static final Instant START = Instant.parse("2026-12-01T03:00:00Z");
    static final int HIGH_RATE = 100_000;
    /** The catalogue's class voucher, the one product that is never shipped. */
    static final String NO_DELIVERY_PRODUCT = "8812450041";
    static final RetryPolicy RETRY = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(40));

    private static final AtomicInteger TRACKING = new AtomicInteger();
    private static final MediaType JSON = MediaType.get("application/json");
    private static final JsonAdapter<Object> MOSHI = new Moshi.Builder().build().adapter(Object.class);

    final Sandbox sandbox;
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    final NpayOrderClient client;
    private final OkHttpClient raw = new OkHttpClient();

    private ContractSandbox(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.client = NpayOrderClient.create(config());
    }

    /** A sandbox on a clock frozen at {@link #START}, with a rate limit high enough never to matter. */
    static ContractSandbox start(long seed, int orders, int days) {
        return start(options(seed, orders, days));
    }

    static ContractSandbox start(SandboxOptions options) {
        return new ContractSandbox(Sandbox.start(options));
    }

    static SandboxOptions options(long seed, int orders, int days) {
        return SandboxOptions.defaults().withClock(SandboxClock.fixed(START)).withWorld(seed, orders, days)
                .withRate(HIGH_RATE);
    }

    /** How the tests connect: sandbox clock, fake backoff, a high starting rate, a generous read timeout. */
    NpayClientConfig config() {
        return NpayClientConfig.of(NpayEnvironment.custom(sandbox.baseUrl()), sandbox.clientId(),
                        sandbox.clientSecret())
                .withMerchantId(sandbox.merchantId())
                .withClock(sandbox.clock())
                .withRetry(RETRY, sleeps::add)
                .withInitialRate(1_000)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10));
    }

    Shop shop() {
        return (Shop) sandbox.admin();
    }

    Instant now() {
        return sandbox.clock().instant();
    }

    OffsetDateTime nowKst() {
        return OffsetDateTime.ofInstant(now(), SandboxClock.KST);
    }

    /** Moves the frozen clock on without running time rules, so later changes get a later lastChangedDate. */
    Instant advance(Duration duration) {
        sandbox.clock().advance(duration);
        return now();
    }

    /**
     * Adds an order in {@code state} (a productOrderStatus or CONFIRMED) through the admin path whose lines all ship
     * by parcel; the catalogue's one no-delivery product (a class voucher) is skipped by making another order.
     */
    Created createOrder(String state, int lines) {
        for (int attempt = 0; attempt < 200; attempt++) {
            Created order = createAny(state, lines);
            if (order.productOrderIds().stream().noneMatch(id -> NO_DELIVERY_PRODUCT.equals(productId(id)))) {
                return order;
            }
        }
        throw new AssertionError("no order of " + lines + " parcel lines in 200 tries");
    }

    /** A product order of the no-delivery product in {@code state}. */
    String noDeliveryLine(String state) {
        for (int attempt = 0; attempt < 30; attempt++) {
            for (String id : createAny(state, 10).productOrderIds()) {
                if (NO_DELIVERY_PRODUCT.equals(productId(id))) {
                    return id;
                }
            }
        }
        throw new AssertionError("no line of the no-delivery product in 300 tries");
    }

    /** Adds an order in {@code state} with whatever products the sandbox picks. */
    Created createAny(String state, int lines) {
        ApiResult result = sandbox.admin().createOrder(Map.of("state", state, "lines", lines));
        assertThat(result.isOk()).as("createOrder %s: %s", state, result).isTrue();
        Map<?, ?> data = (Map<?, ?>) result.data();
        List<String> ids = new ArrayList<>();
        for (Object id : (List<?>) data.get("productOrderIds")) {
            ids.add((String) id);
        }
        return new Created((String) data.get("orderId"), List.copyOf(ids));
    }

    String createOne(String state) {
        return createOrder(state, 1).productOrderIds().get(0);
    }

    /** A buyer, courier or Naver event; fails the test when the sandbox refuses it. */
    void event(String productOrderId, String event) {
        ApiResult result = sandbox.admin().event(Map.of("productOrderId", productOrderId, "event", event));
        assertThat(result.isOk()).as("event %s on %s: %s", event, productOrderId, result).isTrue();
    }

    /** The product order as the sandbox holds it (admin view), independent of the client. */
    Map<?, ?> view(String productOrderId) {
        ApiResult result = sandbox.admin().productOrder(productOrderId);
        assertThat(result.isOk()).as("admin view of %s: %s", productOrderId, result).isTrue();
        return (Map<?, ?>) result.data();
    }

    String productId(String productOrderId) {
        Map<?, ?> detail = (Map<?, ?>) view(productOrderId).get("detail");
        return (String) ((Map<?, ?>) detail.get("productOrder")).get("productId");
    }

    /** The detail as the client reads it from {@code /query}. */
    ProductOrderDetail detail(String productOrderId) {
        NpayResponse<PartialList<ProductOrderDetail>> response = client.queryProductOrders(List.of(productOrderId));
        List<ProductOrderDetail> items = response.data().items();
        assertThat(response.rejected()).isEmpty();
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    /** The product order's row in the change feed between {@code from} and now, read through the client. */
    LastChangeStatus feedRow(String productOrderId, Instant from) {
        return feed(from, now()).stream().filter(row -> row.productOrderId().equals(productOrderId)).findFirst()
                .orElseThrow(() -> new AssertionError(productOrderId + " is not in the change feed since " + from));
    }

    /** Every change-feed row in {@code [from, to]}, following {@code more} to the end. */
    List<LastChangeStatus> feed(Instant from, Instant to) {
        List<LastChangeStatus> rows = new ArrayList<>();
        LastChangedQuery query = new LastChangedQuery(kst(from), kst(to), null, null, 300);
        for (int pages = 1; ; pages++) {
            assertThat(pages).as("pages so far; paging must end").isLessThan(1_000);
            LastChangedStatuses page = client.lastChangedStatuses(query).data();
            rows.addAll(page.lastChangeStatuses().items());
            if (page.more() == null) {
                return rows;
            }
            query = query.next(page.more().moreFrom(), page.more().moreSequence());
        }
    }

    /** The sandbox's record of calls to one endpoint ({@code Endpoint} name or {@code TOKEN}). */
    List<CallRecord> calls(String endpoint) {
        return sandbox.calls().calls().stream().filter(call -> endpoint.equals(call.endpoint())).toList();
    }

    /** A POST below the API base with the client's own bearer token, for shapes the typed client cannot send. */
    RawResponse post(String pathBelowBase, String json) {
        return send(new Request.Builder().url(sandbox.baseUrl() + pathBelowBase).post(RequestBody.create(json, JSON)));
    }

    /** A GET below the API base ({@code path?query}, already encoded) with the client's own bearer token. */
    RawResponse get(String pathAndQuery) {
        return send(new Request.Builder().url(sandbox.baseUrl() + pathAndQuery));
    }

    private RawResponse send(Request.Builder builder) {
        Request request = builder.header("Authorization", "Bearer " + client.accessToken()).build();
        try (Response response = raw.newCall(request).execute()) {
            return new RawResponse(response.code(), response.headers().toMultimap(), response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The feed shows {@code type} for the product order, changed just now. */
    void assertFeedShows(String productOrderId, Instant since, LastChangedType type) {
        LastChangeStatus row = feedRow(productOrderId, since);
        assertThat(row.lastChangedType().value()).as("lastChangedType of %s", productOrderId).isEqualTo(type);
        assertThat(row.lastChangedDate().toInstant()).as("lastChangedDate of %s", productOrderId).isEqualTo(now());
    }

    /** The feed still shows the product order's change as {@code before} did. */
    void assertFeedUnchanged(String productOrderId, Instant since, LastChangeStatus before) {
        LastChangeStatus after = feedRow(productOrderId, since);
        assertThat(after.lastChangedType()).as("lastChangedType of %s", productOrderId)
                .isEqualTo(before.lastChangedType());
        assertThat(after.lastChangedDate()).as("lastChangedDate of %s", productOrderId)
                .isEqualTo(before.lastChangedDate());
    }

    /** A single-order or bulk write that succeeded for exactly {@code ids}. */
    static void assertSucceeded(NpayResponse<BulkResult> response, String... ids) {
        assertThat(response.data().failProductOrderInfos()).isEmpty();
        assertThat(response.data().successProductOrderIds()).containsExactlyInAnyOrder(ids);
        assertThat(response.traceId()).isNotBlank();
    }

    static DispatchProductOrder parcel(String productOrderId, DeliveryCompany company, String tracking) {
        return new DispatchProductOrder(productOrderId, DeliveryMethod.DELIVERY, company, tracking, null);
    }

    /** A fresh plausible tracking number no other order has used. */
    static String newTracking() {
        return String.format("6%011d", 40_000_000 + TRACKING.incrementAndGet());
    }

    static OffsetDateTime kst(Instant instant) {
        return OffsetDateTime.ofInstant(instant, SandboxClock.KST);
    }

    /** A date-time as a query parameter value: the API's format, percent-encoded. */
    static String queryTime(Instant instant) {
        return URLEncoder.encode(NpayDateTime.format(kst(instant)), StandardCharsets.UTF_8);
    }

    static Object parse(String json) {
        try {
            return MOSHI.fromJson(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A decoded JSON array as a list AssertJ can compare with anything. */
    static List<Object> list(Object jsonArray) {
        return new ArrayList<>((List<?>) jsonArray);
    }

    static String toJson(Object value) {
        return MOSHI.toJson(value);
    }

    @Override
    public void close() {
        client.close();
        raw.dispatcher().executorService().shutdown();
        raw.connectionPool().evictAll();
        sandbox.close();
    }

    record Created(String orderId, List<String> productOrderIds) {
    }

    record RawResponse(int status, Map<String, List<String>> headers, String body) {

        Map<?, ?> json() {
            return (Map<?, ?>) parse(body);
        }
    }
}
