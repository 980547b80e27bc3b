package io.orderdesk.sandbox.shop;

import static io.orderdesk.sandbox.shop.ShopFixture.body;
import static io.orderdesk.sandbox.shop.ShopFixture.list;
import static io.orderdesk.sandbox.shop.ShopFixture.map;
import static io.orderdesk.sandbox.shop.ShopFixture.path;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.sandbox.ApiRequest;
import io.orderdesk.sandbox.ApiResult;
import io.orderdesk.sandbox.Endpoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DetailQueryTest {

    private final ShopFixture fixture = ShopFixture.small();

    @Test
    void returnsEveryObjectOfADetailWithTheDeprecatedClaimsMirroringCurrentClaim() {
        String id = fixture.create("DELIVERED");
        fixture.event(id, "RETURN_REQUEST");
        List<Object> data = query(List.of(id));
        assertThat(data).hasSize(1);
        Map<String, Object> detail = map(data.get(0));
        assertThat(detail).containsOnlyKeys("order", "productOrder", "return", "currentClaim", "delivery");
        assertThat(detail.get("return")).isEqualTo(path(detail, "currentClaim").get("return"));
        assertThat(path(detail, "productOrder").get("productOrderId")).isEqualTo(id);
        assertThat(path(detail, "productOrder").get("claimType")).isEqualTo("RETURN");
        assertThat(path(detail, "order").get("orderId")).isNotNull();
        assertThat(path(detail, "delivery").get("deliveryStatus")).isEqualTo("DELIVERY_COMPLETION");
        assertThat(JsonText.of(detail)).doesNotContain("null");
    }

    @Test
    void leavesOutWhatDoesNotApplyYet() {
        String id = fixture.create("PAYMENT_WAITING");
        Map<String, Object> detail = map(query(List.of(id)).get(0));
        assertThat(detail).containsOnlyKeys("order", "productOrder");
        assertThat(path(detail, "order")).doesNotContainKey("paymentDate").containsKey("paymentDueDate");
        assertThat(path(detail, "productOrder")).doesNotContainKeys("claimType", "claimStatus", "placeOrderDate",
                "decisionDate", "claimId");
    }

    @Test
    void omitsUnknownAndForeignIdsAndKeepsRequestOrder() {
        String first = fixture.create("PAYED");
        String second = fixture.create("DELIVERING");
        String foreign = fixture.shop.foreignProductOrderIds().get(0);
        List<Object> data = query(List.of(second, "2026010100000000", foreign, first, second));
        List<Object> ids = new ArrayList<>();
        data.forEach(detail -> ids.add(path(detail, "productOrder").get("productOrderId")));
        assertThat(ids).containsExactly(second, first);
    }

    @Test
    void needsOneToThreeHundredIds() {
        assertBad(body("productOrderIds", List.of()));
        assertBad(body("productOrderIds", Collections.nCopies(301, "2026112012345678")));
        assertBad(body("productOrderIds", "2026112012345678"));
        assertBad(body());
        assertBad(null);
        assertThat(fixture.post(Endpoint.QUERY_PRODUCT_ORDERS,
                body("productOrderIds", Collections.nCopies(300, "2026112012345678"))).status()).isEqualTo(200);
    }

    @Test
    void listsTheProductOrdersOfAnOrder() {
        List<String> ids = fixture.create("PAYED", 3);
        String orderId = (String) path(fixture.detail(ids.get(0)), "order").get("orderId");
        ApiResult result = fixture.shop.call(Endpoint.PRODUCT_ORDER_IDS,
                new ApiRequest(Map.of("orderId", orderId), Map.of(), null));
        assertThat(result.status()).isEqualTo(200);
        assertThat(list(result.data())).containsExactlyElementsOf(ids);

        ApiResult unknown = fixture.shop.call(Endpoint.PRODUCT_ORDER_IDS,
                new ApiRequest(Map.of("orderId", "2026010100000000"), Map.of(), null));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("100003");
        assertThat(unknown.message()).isEqualTo("주문을 찾을 수 없음");
    }

    private List<Object> query(List<String> ids) {
        ApiResult result = fixture.post(Endpoint.QUERY_PRODUCT_ORDERS, body("productOrderIds", ids));
        assertThat(result.status()).isEqualTo(200);
        return list(result.data());
    }

    private void assertBad(Object body) {
        ApiResult result = fixture.post(Endpoint.QUERY_PRODUCT_ORDERS, body);
        assertThat(result.status()).isEqualTo(400);
        assertThat(result.code()).isEqualTo("4000");
        assertThat(result.message()).startsWith("잘못된 요청 파라미터");
    }
}
