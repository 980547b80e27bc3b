package io.orderdesk.sandbox.shop;

import static io.orderdesk.sandbox.shop.ShopFixture.list;
import static io.orderdesk.sandbox.shop.ShopFixture.map;
import static io.orderdesk.sandbox.shop.ShopFixture.path;
import static io.orderdesk.sandbox.shop.ShopFixture.query;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.sandbox.ApiResult;
import io.orderdesk.sandbox.Endpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionalQueryTest {

    private static final String FROM = Dates.format(ShopFixture.START);

    private final ShopFixture fixture = ShopFixture.small();

    @Test
    void findsByPaymentDateByDefaultWithoutDeprecatedClaims() {
        String paid = fixture.create("PAYED");
        String unpaid = fixture.create("PAYMENT_WAITING");
        String canceled = fixture.create("CANCELED");
        Map<String, Object> data = data(query("from", FROM));
        assertThat(ids(data)).contains(paid, canceled).doesNotContain(unpaid);
        for (Object item : list(data.get("contents"))) {
            assertThat(path(item, "content")).doesNotContainKeys("cancel", "return", "exchange")
                    .containsKeys("order", "productOrder");
        }
        assertThat(map(data.get("pagination"))).containsEntry("page", 1).containsEntry("size", 300)
                .containsEntry("hasNext", false);
    }

    @Test
    void eachRangeTypeLooksAtItsOwnDate() {
        String ordered = fixture.create("PAYMENT_WAITING");
        String dispatched = fixture.create("DELIVERING");
        String decided = fixture.create("PURCHASE_DECIDED");
        String returned = fixture.create("RETURNED");
        String gift = ShopFixture.strings(map(fixture.shop.createOrder(ShopFixture.body("state", "PAYED",
                "gift", true)).data()).get("productOrderIds")).get(0);
        fixture.event(gift, "GIFT_ACCEPT");
        assertThat(ids(data(query("from", FROM, "rangeType", "ORDERED_DATETIME")))).contains(ordered, returned);
        assertThat(ids(data(query("from", FROM, "rangeType", "DISPATCHED_DATETIME"))))
                .contains(dispatched, decided).doesNotContain(ordered);
        assertThat(ids(data(query("from", FROM, "rangeType", "PURCHASE_DECIDED_DATETIME"))))
                .containsExactly(decided);
        assertThat(ids(data(query("from", FROM, "rangeType", "CLAIM_REQUESTED_DATETIME")))).contains(returned);
        assertThat(ids(data(query("from", FROM, "rangeType", "CLAIM_COMPLETED_DATETIME")))).contains(returned);
        assertThat(ids(data(query("from", FROM, "rangeType", "COLLECT_COMPLETED_DATETIME"))))
                .containsExactly(returned);
        assertThat(ids(data(query("from", FROM, "rangeType", "GIFT_RECEIVED_DATETIME")))).containsExactly(gift);
        assertThat(ids(data(query("from", FROM, "rangeType", "HOPE_DELIVERY_INFO_CHANGED_DATETIME")))).isEmpty();
    }

    @Test
    void filtersStatusesGivenAsRepeatedKeysOrCommaJoined() {
        String paid = fixture.create("PAYED");
        String confirmed = fixture.create("CONFIRMED");
        String shipped = fixture.create("DELIVERING");
        String requested = fixture.create("CONFIRMED");
        fixture.event(requested, "CANCEL_REQUEST");
        assertThat(ids(data(query("from", FROM, "productOrderStatuses", "PAYED", "productOrderStatuses",
                "DELIVERING")))).contains(paid, confirmed, shipped);
        assertThat(ids(data(query("from", FROM, "productOrderStatuses", "DELIVERING,CANCELED"))))
                .contains(shipped).doesNotContain(paid);
        assertThat(ids(data(query("from", FROM, "claimStatuses", "CANCEL_REQUEST,CANCELING"))))
                .containsExactly(requested);
        List<String> notYet = ids(data(query("from", FROM, "placeOrderStatusType", "NOT_YET")));
        assertThat(notYet).contains(paid).doesNotContain(confirmed, shipped);
    }

    @Test
    void pagesByPageNumber() {
        for (int i = 0; i < 5; i++) {
            fixture.create("PAYED");
        }
        Map<String, Object> first = data(query("from", FROM, "pageSize", "2"));
        Map<String, Object> third = data(query("from", FROM, "pageSize", "2", "page", "3"));
        assertThat(list(first.get("contents"))).hasSize(2);
        assertThat(map(first.get("pagination")).get("hasNext")).isEqualTo(true);
        assertThat(map(third.get("pagination")).get("hasNext")).isEqualTo(false);
        List<String> all = new ArrayList<>(ids(first));
        all.addAll(ids(data(query("from", FROM, "pageSize", "2", "page", "2"))));
        all.addAll(ids(third));
        assertThat(all).doesNotHaveDuplicates().hasSize(ids(data(query("from", FROM))).size());
    }

    @Test
    void refusesBadParametersAndLongWindows() {
        assertCode(query(), "4000");
        assertCode(query("from", FROM, "pageSize", "301"), "4000");
        assertCode(query("from", FROM, "pageSize", "0"), "4000");
        assertCode(query("from", FROM, "page", "0"), "4000");
        assertCode(query("from", FROM, "rangeType", "SHIPPED"), "4000");
        assertCode(query("from", FROM, "productOrderStatuses", "PAYED,SHIPPED"), "4000");
        assertCode(query("from", FROM, "placeOrderStatusType", "MAYBE"), "4000");
        assertCode(query("from", FROM, "to", Dates.format(ShopFixture.START.plus(Duration.ofHours(25)))), "104139");
    }

    @Test
    void defaultsToTwentyFourHoursAfterFrom() {
        String early = fixture.create("PAYED");
        fixture.advance(Duration.ofHours(25));
        String late = fixture.create("PAYED");
        assertThat(ids(data(query("from", FROM)))).contains(early).doesNotContain(late);
    }

    private void assertCode(Map<String, List<String>> query, String code) {
        ApiResult result = fixture.get(Endpoint.PRODUCT_ORDERS, query);
        assertThat(result.status()).isEqualTo(400);
        assertThat(result.code()).isEqualTo(code);
    }

    private Map<String, Object> data(Map<String, List<String>> query) {
        ApiResult result = fixture.get(Endpoint.PRODUCT_ORDERS, query);
        assertThat(result.status()).as(String.valueOf(result.message())).isEqualTo(200);
        return map(result.data());
    }

    private static List<String> ids(Map<String, Object> data) {
        List<String> ids = new ArrayList<>();
        for (Object item : list(data.get("contents"))) {
            ids.add((String) map(item).get("productOrderId"));
            assertThat(path(item, "content", "productOrder").get("productOrderId")).isEqualTo(ids.get(ids.size() - 1));
        }
        return ids;
    }
}
