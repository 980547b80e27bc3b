package io.orderdesk.sandbox.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.sandbox.ApiRequest;
import io.orderdesk.sandbox.ApiResult;
import io.orderdesk.sandbox.Endpoint;
import io.orderdesk.sandbox.SandboxClock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A shop on a frozen clock plus shorthand for calling it the way the gateway does. */
final class ShopFixture {

    static final Instant START = OffsetDateTime.parse("2026-11-20T13:00:00+09:00").toInstant();

    final SandboxClock clock;
    final Shop shop;

    ShopFixture(ShopConfig config) {
        this.clock = SandboxClock.fixed(START);
        this.shop = new Shop(clock, config);
    }

    /** A small world, quick to build, for tests that make their own orders. */
    static ShopFixture small() {
        return new ShopFixture(new ShopConfig(7, 60, 3, "np_orderdesk"));
    }

    static ShopFixture demo() {
        return new ShopFixture(ShopConfig.demo());
    }

    ApiResult get(Endpoint endpoint, Map<String, List<String>> query) {
        return shop.call(endpoint, new ApiRequest(Map.of(), query, null));
    }

    ApiResult post(Endpoint endpoint, Object body) {
        return shop.call(endpoint, new ApiRequest(Map.of(), Map.of(), body));
    }

    ApiResult onOrder(Endpoint endpoint, String productOrderId, Object body) {
        return shop.call(endpoint, new ApiRequest(Map.of("productOrderId", productOrderId), Map.of(), body));
    }

    static Map<String, List<String>> query(String... keyValues) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            query.computeIfAbsent(keyValues[i], k -> new ArrayList<>()).add(keyValues[i + 1]);
        }
        return query;
    }

    static Map<String, Object> body(Object... keyValues) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            body.put((String) keyValues[i], keyValues[i + 1]);
        }
        return body;
    }

    /** Creates an order in {@code state} through the admin path; returns its product order ids. */
    List<String> create(String state, int lines) {
        ApiResult result = shop.createOrder(body("state", state, "lines", (double) lines));
        assertThat(result.status()).as("createOrder " + state + ": " + result.message()).isEqualTo(200);
        return strings(map(result.data()).get("productOrderIds"));
    }

    /** Creates a one-line order of {@code quantity} units in {@code state}. */
    String createUnits(String state, int quantity) {
        ApiResult result = shop.createOrder(body("state", state, "quantity", (double) quantity));
        assertThat(result.status()).as(result.message()).isEqualTo(200);
        return strings(map(result.data()).get("productOrderIds")).get(0);
    }

    /** The data of a write that must be well-formed (HTTP 200), with both result arrays present. */
    static Map<String, Object> bulk(ApiResult result) {
        assertThat(result.status()).as(String.valueOf(result.message())).isEqualTo(200);
        Map<String, Object> data = map(result.data());
        assertThat(data).containsKey("failProductOrderInfos");
        return data;
    }

    /** The single failure of a bulk result, as "code message". */
    static String failure(ApiResult result) {
        List<Object> failures = list(bulk(result).get("failProductOrderInfos"));
        assertThat(failures).hasSize(1);
        Map<String, Object> failure = map(failures.get(0));
        return failure.get("code") + " " + failure.get("message");
    }

    static List<String> succeeded(ApiResult result) {
        Map<String, Object> data = bulk(result);
        assertThat(list(data.get("failProductOrderInfos"))).isEmpty();
        return strings(data.get("successProductOrderIds"));
    }

    String create(String state) {
        return create(state, 1).get(0);
    }

    Map<String, Object> event(String productOrderId, String event, Object... extra) {
        Map<String, Object> body = body(extra);
        body.put("productOrderId", productOrderId);
        body.put("event", event);
        ApiResult result = shop.event(body);
        assertThat(result.status()).as(event + ": " + result.message()).isEqualTo(200);
        return map(result.data());
    }

    Map<String, Object> state(String productOrderId) {
        ApiResult result = shop.productOrder(productOrderId);
        assertThat(result.status()).isEqualTo(200);
        return map(result.data());
    }

    Map<String, Object> detail(String productOrderId) {
        return map(state(productOrderId).get("detail"));
    }

    void advance(Duration duration) {
        clock.advance(duration);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Object value) {
        return (List<String>) value;
    }

    static Map<String, Object> path(Object root, String... keys) {
        Object current = root;
        for (String key : keys) {
            current = map(current).get(key);
        }
        return map(current);
    }
}
