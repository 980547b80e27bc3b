package io.orderdesk.sandbox.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdminRoutesTest {

    private final GatewayFixture fx = new GatewayFixture();

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void forwardsWorldShapingCallsAndAnswersPlainJson() {
        HttpResponse<String> reset = fx.admin("POST", "/reset", "{\"seed\":42,\"orders\":500,\"days\":14}");
        HttpResponse<String> order = fx.admin("POST", "/orders", "{\"state\":\"PAYED\",\"lines\":2}");
        HttpResponse<String> clock = fx.admin("POST", "/clock", "{\"advanceMinutes\":60}");
        HttpResponse<String> productOrder = fx.admin("GET", "/product-orders/2026%2001", null);

        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(GatewayFixture.json(reset)).isEqualTo(Map.of("orders", 500.0));
        assertThat(GatewayFixture.json(order)).containsEntry("orderId", "2026120100000001");
        assertThat(GatewayFixture.json(clock)).containsOnlyKeys("now");
        assertThat(GatewayFixture.json(productOrder)).isEqualTo(Map.of("productOrderId", "2026 01"));
        assertThat(fx.shop.adminCalls).containsExactly(
                "reset {seed=42.0, orders=500.0, days=14.0}",
                "createOrder {state=PAYED, lines=2.0}",
                "advanceClock {advanceMinutes=60.0}",
                "productOrder 2026 01");
        assertThat(reset.headers().firstValue("GNCP-GW-Trace-ID")).isPresent();
        assertThat(reset.headers().firstValue("GNCP-GW-RateLimit-Remaining")).hasValue("20");
    }

    @Test
    void writesAdminErrorsAsErrorBodies() {
        HttpResponse<String> event = fx.admin("POST", "/events", "{\"productOrderId\":\"1\",\"event\":\"PICKUP\"}");
        HttpResponse<String> broken = fx.admin("POST", "/reset", "{seed:");
        HttpResponse<String> unknown = fx.admin("POST", "/teleport", "{}");

        assertThat(event.statusCode()).isEqualTo(400);
        assertThat(GatewayFixture.json(event)).containsEntry("code", "104442");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(GatewayFixture.json(broken)).containsEntry("code", "4000");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(GatewayFixture.json(unknown)).containsEntry("code", "GW.NOT_FOUND");
        assertThat(fx.shop.adminCalls).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void setsListsAndClearsFaults() {
        HttpResponse<String> added = fx.admin("POST", "/faults",
                "{\"endpoint\":\"DISPATCH\",\"kind\":\"HOLD\",\"rate\":0.2,\"count\":3}");
        fx.admin("POST", "/faults", "{\"endpoint\":\"*\",\"kind\":\"LATENCY\",\"latencyMs\":50}");

        assertThat(added.statusCode()).isEqualTo(200);
        List<Map<String, Object>> listed = (List<Map<String, Object>>) GatewayFixture
                .json(fx.admin("GET", "/faults", null)).get("faults");
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0)).isEqualTo(Map.of("endpoint", "DISPATCH", "kind", "HOLD", "rate", 0.2,
                "latencyMs", 60000.0, "count", 3.0));
        assertThat(fx.gateway.faults().list()).extracting(Fault::kind)
                .containsExactly(FaultKind.HOLD, FaultKind.LATENCY);

        HttpResponse<String> cleared = fx.admin("DELETE", "/faults", null);
        assertThat(GatewayFixture.json(cleared)).isEqualTo(Map.of("cleared", 2.0));
        assertThat(fx.gateway.faults().list()).isEmpty();
    }

    @Test
    void refusesFaultsItCannotApply() {
        assertThat(fx.admin("POST", "/faults", "{\"endpoint\":\"DISPATCHES\",\"kind\":\"HOLD\"}").statusCode())
                .isEqualTo(400);
        assertThat(fx.admin("POST", "/faults", "{\"endpoint\":\"*\",\"kind\":\"EXPLODE\"}").statusCode())
                .isEqualTo(400);
        assertThat(fx.admin("POST", "/faults", "{\"endpoint\":\"*\",\"kind\":\"HOLD\",\"rate\":2}").statusCode())
                .isEqualTo(400);
        assertThat(fx.admin("POST", "/faults", "{\"endpoint\":\"*\",\"kind\":\"HOLD\",\"count\":0}").statusCode())
                .isEqualTo(400);
        assertThat(fx.gateway.faults().list()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void recordsEveryApiCallForLaterProof() {
        String token = fx.token();
        HttpResponse<String> dispatched = fx.post("/v1/pay-order/mall/product-orders/dispatch",
                "{\"dispatchProductOrders\":[{\"productOrderId\":\"11\"},{\"productOrderId\":\"12\"}]}", token);
        fx.post("/v1/pay-order/mall/product-orders/21/claim/cancel/approve", "{}", null);
        fx.post("/v1/pay-order/mall/product-orders/confirm", "{\"productOrderIds\":[\"31\",\"32\"]}", token);

        Map<String, Object> log = GatewayFixture.json(fx.admin("GET", "/calls", null));

        assertThat(log.get("count")).isEqualTo(4.0);
        List<Map<String, Object>> calls = (List<Map<String, Object>>) log.get("calls");
        assertThat(calls).extracting(call -> call.get("endpoint"))
                .containsExactly("TOKEN", "DISPATCH", "CANCEL_APPROVE", "CONFIRM");
        assertThat(calls.get(1)).containsEntry("productOrderIds", List.of("11", "12"))
                .containsEntry("applied", true)
                .containsEntry("status", 200.0)
                .containsEntry("method", "POST")
                .containsEntry("time", "2026-12-01T10:00:00.000+09:00")
                .containsEntry("traceId", dispatched.headers().firstValue("GNCP-GW-Trace-ID").orElseThrow());
        assertThat(calls.get(2)).containsEntry("productOrderIds", List.of("21"))
                .containsEntry("applied", false)
                .containsEntry("status", 401.0);
        assertThat(calls.get(3)).containsEntry("productOrderIds", List.of("31", "32"));

        assertThat(GatewayFixture.json(fx.admin("DELETE", "/calls", null))).isEqualTo(Map.of("cleared", 4.0));
        assertThat(fx.gateway.calls().calls()).isEmpty();
    }
}
