package io.orderdesk.sandbox.server;

import io.orderdesk.sandbox.ApiRequest;
import io.orderdesk.sandbox.ApiResult;
import io.orderdesk.sandbox.Endpoint;
import io.orderdesk.sandbox.SandboxAdmin;
import io.orderdesk.sandbox.SandboxApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** A stand-in shop that counts what reaches it and answers with canned data, so gateway tests see every hand-off. */
final class FakeShop implements SandboxApi, SandboxAdmin {

    record Received(Endpoint endpoint, ApiRequest request) {
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    final List<String> adminCalls = new CopyOnWriteArrayList<>();
    private final Map<Endpoint, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final Map<Endpoint, Function<ApiRequest, ApiResult>> answers = new ConcurrentHashMap<>();

    void answer(Endpoint endpoint, Function<ApiRequest, ApiResult> answer) {
        answers.put(endpoint, answer);
    }

    int count(Endpoint endpoint) {
        AtomicInteger count = counts.get(endpoint);
        return count == null ? 0 : count.get();
    }

    ApiRequest last() {
        return received.get(received.size() - 1).request();
    }

    @Override
    public ApiResult call(Endpoint endpoint, ApiRequest request) {
        counts.computeIfAbsent(endpoint, key -> new AtomicInteger()).incrementAndGet();
        received.add(new Received(endpoint, request));
        Function<ApiRequest, ApiResult> answer = answers.get(endpoint);
        if (answer != null) {
            return answer.apply(request);
        }
        if (endpoint == Endpoint.QUERY_PRODUCT_ORDERS) {
            return ApiResult.ok(details("1001", "1002", "1003"));
        }
        if (endpoint == Endpoint.PRODUCT_ORDERS) {
            List<Object> contents = new ArrayList<>();
            for (Object detail : details("2001", "2002", "2003")) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("productOrderId", ((Map<?, ?>) ((Map<?, ?>) detail).get("productOrder")).get("productOrderId"));
                entry.put("content", detail);
                contents.add(entry);
            }
            return ApiResult.ok(Map.of("contents", contents,
                    "pagination", Map.of("page", 1, "size", 3, "hasNext", false)));
        }
        return ApiResult.ok(Map.of("endpoint", endpoint.name()));
    }

    static List<Object> details(String... ids) {
        List<Object> details = new ArrayList<>();
        for (String id : ids) {
            Map<String, Object> productOrder = new LinkedHashMap<>();
            productOrder.put("productOrderId", id);
            productOrder.put("quantity", 3);
            details.add(Map.of("order", Map.of("orderId", "O" + id), "productOrder", productOrder));
        }
        return details;
    }

    @Override
    public ApiResult reset(Object body) {
        adminCalls.add("reset " + body);
        return ApiResult.ok(Map.of("orders", 500));
    }

    @Override
    public ApiResult createOrder(Object body) {
        adminCalls.add("createOrder " + body);
        return ApiResult.ok(Map.of("orderId", "2026120100000001", "productOrderIds", List.of("2026120100000101")));
    }

    @Override
    public ApiResult event(Object body) {
        adminCalls.add("event " + body);
        return ApiResult.error(400, "104442", "상품 주문 상태 확인 필요");
    }

    @Override
    public ApiResult advanceClock(Object body) {
        adminCalls.add("advanceClock " + body);
        return ApiResult.ok(Map.of("now", "2026-12-01T10:00:00.000+09:00"));
    }

    @Override
    public ApiResult productOrder(String productOrderId) {
        adminCalls.add("productOrder " + productOrderId);
        return ApiResult.ok(Map.of("productOrderId", productOrderId));
    }
}
