package io.orderdesk.sandbox.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.sandbox.Endpoint;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouterTest {

    private final Router router = new Router();

    @Test
    void matchesEveryEndpointByItsOwnTemplate() {
        for (Endpoint endpoint : Endpoint.values()) {
            String path = endpoint.pathTemplate()
                    .replace("{productOrderId}", "2026120100000101")
                    .replace("{orderId}", "2026120100000001");

            assertThat(router.match(endpoint.method(), path))
                    .as(endpoint.name())
                    .hasValueSatisfying(match -> assertThat(match.endpoint()).isEqualTo(endpoint));
        }
    }

    @Test
    void decodesPathParameters() {
        Router.Match match = router.match("POST",
                "/v1/pay-order/mall/product-orders/2026%2001/claim/return/holdback/release").orElseThrow();

        assertThat(match.endpoint()).isEqualTo(Endpoint.RETURN_HOLDBACK_RELEASE);
        assertThat(match.pathParams()).isEqualTo(Map.of("productOrderId", "2026 01"));
        assertThat(router.match("GET", "/v1/pay-order/mall/orders/A1/product-order-ids").orElseThrow().pathParams())
                .isEqualTo(Map.of("orderId", "A1"));
    }

    @Test
    void refusesWrongMethodsSellerPathsAndNearMisses() {
        assertThat(router.match("GET", "/v1/pay-order/mall/product-orders/confirm")).isEmpty();
        assertThat(router.match("POST", "/v1/pay-order/mall/product-orders/123/claim/exchange/collect/approve"))
                .isEmpty();
        assertThat(router.match("GET", "/v1/pay-order/seller/product-orders/last-changed-statuses")).isEmpty();
        assertThat(router.match("GET", "/v1/pay-order/mall/product-orders/last-changed-statuses/")).isEmpty();
        assertThat(router.match("POST", "/v1/pay-order/mall/product-orders//delay")).isEmpty();
    }
}
