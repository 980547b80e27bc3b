package io.orderdesk.sandbox.shop;

import static io.orderdesk.sandbox.shop.ShopFixture.body;
import static io.orderdesk.sandbox.shop.ShopFixture.map;
import static io.orderdesk.sandbox.shop.ShopFixture.strings;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.sandbox.ApiResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdminTest {

    private final ShopFixture fixture = ShopFixture.small();

    @Test
    void createOrderReachesEveryProductOrderStatus() {
        for (String state : Scripts.STATES.keySet()) {
            List<String> ids = fixture.create(state, 2);
            assertThat(ids).hasSize(2);
            for (String id : ids) {
                Map<String, Object> view = fixture.state(id);
                if (state.equals("CONFIRMED")) {
                    assertThat(view).containsEntry("productOrderStatus", "PAYED")
                            .containsEntry("placeOrderStatus", "OK");
                } else {
                    assertThat(view.get("productOrderStatus")).as(state).isEqualTo(state);
                }
                assertThat(view.get("lastChangedDate")).isEqualTo(Dates.format(ShopFixture.START));
            }
        }
    }

    @Test
    void createOrderHonoursBuyerGiftAndRefusesNonsense() {
        ApiResult created = fixture.shop.createOrder(body("state", "DELIVERED", "gift", true, "buyerName", "이솔"));
        Map<String, Object> data = map(created.data());
        String id = strings(data.get("productOrderIds")).get(0);
        Map<String, Object> view = fixture.state(id);
        assertThat(view).containsEntry("productOrderStatus", "DELIVERED").containsEntry("giftReceivingStatus",
                "RECEIVED");
        assertThat(ShopFixture.path(view, "detail", "order")).containsEntry("ordererName", "이*")
                .containsEntry("orderId", data.get("orderId"));
        assertThat(fixture.shop.createOrder(body()).status()).isEqualTo(200);
        assertThat(fixture.shop.createOrder(body("state", "SHIPPED")).status()).isEqualTo(400);
        assertThat(fixture.shop.createOrder(body("lines", 0.0)).status()).isEqualTo(400);
        assertThat(fixture.shop.createOrder(body("lines", 11.0)).code()).isEqualTo("4000");
        assertThat(fixture.shop.createOrder(body("quantity", 0.0)).code()).isEqualTo("4000");
    }

    @Test
    void resetBuildsAFreshWorldWithDefaultsForMissingKeys() {
        String old = fixture.create("PAYED");
        ApiResult result = fixture.shop.reset(body("seed", 9.0, "orders", 20.0));
        assertThat(map(result.data())).containsEntry("seed", 9L).containsEntry("orders", 20).containsEntry("days", 14)
                .containsEntry("mallId", "np_orderdesk");
        assertThat(fixture.shop.productOrder(old).status()).isEqualTo(404);
        ShopFixture same = new ShopFixture(new ShopConfig(9, 20, 14, "np_orderdesk"));
        assertThat(DemoDataTest.everything(fixture)).isEqualTo(DemoDataTest.everything(same));
        assertThat(map(fixture.shop.reset(null).data())).containsEntry("seed", 42L).containsEntry("orders", 500);
        assertThat(fixture.shop.reset(body("days", 0.0)).status()).isEqualTo(400);
        assertThat(fixture.shop.reset(body("orders", -1.0)).status()).isEqualTo(400);
        assertThat(fixture.shop.reset(body("seed", "abc")).status()).isEqualTo(400);
    }

    @Test
    void advanceClockMovesTheSandboxClock() {
        ApiResult result = fixture.shop.advanceClock(body("advanceMinutes", 90.0));
        assertThat(result.status()).isEqualTo(200);
        assertThat(fixture.clock.instant()).isEqualTo(ShopFixture.START.plus(Duration.ofMinutes(90)));
        assertThat(fixture.shop.advanceClock(body()).status()).isEqualTo(400);
        assertThat(fixture.shop.advanceClock(body("advanceMinutes", -5.0)).status()).isEqualTo(400);
        assertThat(fixture.shop.advanceClock(body("advanceMinutes", "soon")).status()).isEqualTo(400);
        assertThat(fixture.shop.advanceClock(null).status()).isEqualTo(400);
    }

    @Test
    void productOrderOfAnUnknownIdIsNotFound() {
        ApiResult result = fixture.shop.productOrder("2026010100000000");
        assertThat(result.status()).isEqualTo(404);
        assertThat(result.code()).isEqualTo("100001");
    }
}
