package io.orderdesk.sandbox.shop;

import static io.orderdesk.sandbox.shop.ShopFixture.list;
import static io.orderdesk.sandbox.shop.ShopFixture.map;
import static io.orderdesk.sandbox.shop.ShopFixture.query;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.sandbox.ApiResult;
import io.orderdesk.sandbox.Endpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewQueryTest {

    private final ShopFixture fixture = ShopFixture.demo();

    @Test
    void listsReviewsOfDeliveredOrDecidedProductOrdersDayByDay() {
        List<Map<String, Object>> reviews = new ArrayList<>();
        for (int day = 1; day <= 14; day++) {
            Instant from = ShopFixture.START.minus(Duration.ofDays(day));
            reviews.addAll(contents(ok(query("from", Dates.format(from)))));
        }
        assertThat(reviews).isNotEmpty();
        for (Map<String, Object> review : reviews) {
            assertThat(review).containsKeys("reviewId", "productOrderId", "productId", "productName", "score",
                    "reviewType", "title", "content", "writerId", "createdDate", "modifiedDate");
            assertThat((Integer) review.get("score")).isBetween(1, 5);
            assertThat((String) review.get("writerId")).matches("[a-z0-9]{4}\\*{4}");
            String status = (String) ShopFixture.path(fixture.detail((String) review.get("productOrderId")),
                    "productOrder").get("productOrderStatus");
            assertThat(status).isIn("DELIVERED", "PURCHASE_DECIDED", "RETURNED", "EXCHANGED");
        }
        assertThat(reviews).anyMatch(review -> "PREMIUM".equals(review.get("reviewType")));
    }

    @Test
    void filtersByTypeAndPages() {
        String from = Dates.format(ShopFixture.START.minus(Duration.ofDays(3)));
        for (Map<String, Object> review : contents(ok(query("from", from, "reviewType", "GENERAL")))) {
            assertThat(review.get("reviewType")).isEqualTo("GENERAL");
        }
        Map<String, Object> page = ok(query("from", from, "pageSize", "1"));
        assertThat(map(page.get("pagination"))).containsEntry("size", 1);
    }

    @Test
    void refusesMissingFromBadTypeAndLongWindows() {
        assertCode(query(), "4000");
        assertCode(query("from", Dates.format(ShopFixture.START), "reviewType", "PHOTO"), "4000");
        assertCode(query("from", Dates.format(ShopFixture.START), "to",
                Dates.format(ShopFixture.START.plus(Duration.ofDays(2)))), "104139");
    }

    private void assertCode(Map<String, List<String>> query, String code) {
        ApiResult result = fixture.get(Endpoint.REVIEWS, query);
        assertThat(result.status()).isEqualTo(400);
        assertThat(result.code()).isEqualTo(code);
    }

    private Map<String, Object> ok(Map<String, List<String>> query) {
        ApiResult result = fixture.get(Endpoint.REVIEWS, query);
        assertThat(result.status()).isEqualTo(200);
        return map(result.data());
    }

    private static List<Map<String, Object>> contents(Map<String, Object> data) {
        List<Map<String, Object>> reviews = new ArrayList<>();
        list(data.get("contents")).forEach(item -> reviews.add(map(item)));
        return reviews;
    }
}
