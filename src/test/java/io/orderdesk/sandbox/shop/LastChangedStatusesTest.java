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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LastChangedStatusesTest {

    private static final String FROM = "2026-11-20T12:00:00.000+09:00";

    private final ShopFixture fixture = ShopFixture.small();

    @Test
    void pagingOverTenThousandChangesLosesAndRepeatsNothing() {
        ShopFixture big = new ShopFixture(new ShopConfig(3, 300, 1, "np_orderdesk"));
        for (int batch = 0; batch < 5; batch++) {
            for (int i = 0; i < 1000; i++) {
                big.create("PAYED", 2);
            }
            big.advance(Duration.ofSeconds(1));
        }
        Instant from = ShopFixture.START.minus(Duration.ofHours(23));
        Instant to = ShopFixture.START.plus(Duration.ofHours(1));
        Set<String> expected = big.shop.read(w -> {
            Set<String> ids = new HashSet<>();
            for (ProductOrderRecord po : w.productOrders()) {
                if (w.isOwn(po) && !po.lastChangedDate.isBefore(from) && !po.lastChangedDate.isAfter(to)) {
                    ids.add(po.productOrderId);
                }
            }
            return ids;
        });
        assertThat(expected.size()).isGreaterThan(10_000);

        for (int limit : new int[] {300, 7}) {
            List<Map<String, Object>> rows = collect(big, Dates.format(from), Dates.format(to), limit);
            List<String> ids = new ArrayList<>();
            rows.forEach(row -> ids.add((String) row.get("productOrderId")));
            assertThat(new HashSet<>(ids)).as("limit " + limit).isEqualTo(expected);
            assertThat(ids).as("no repeats with limit " + limit).hasSameSizeAs(expected);
            assertThat(rows).isSortedAccordingTo((a, b) -> {
                int byDate = ((String) a.get("lastChangedDate")).compareTo((String) b.get("lastChangedDate"));
                return byDate != 0 ? byDate
                        : ((String) a.get("productOrderId")).compareTo((String) b.get("productOrderId"));
            });
        }
    }

    @Test
    void moreNamesTheFirstRowNotReturnedAndOnlyAppearsWhenTruncated() {
        List<String> ids = fixture.create("PAYED", 3);
        Map<String, Object> page = data(fixture.get(Endpoint.LAST_CHANGED_STATUSES,
                query("lastChangedFrom", Dates.format(ShopFixture.START), "limitCount", "2")));
        assertThat(page.get("count")).isEqualTo(2);
        Map<String, Object> more = map(page.get("more"));
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        assertThat(more.get("moreSequence")).isEqualTo(sorted.get(2));
        assertThat(more.get("moreFrom")).isEqualTo(Dates.format(ShopFixture.START));

        Map<String, Object> rest = data(fixture.get(Endpoint.LAST_CHANGED_STATUSES, query("lastChangedFrom",
                (String) more.get("moreFrom"), "moreSequence", (String) more.get("moreSequence"), "limitCount", "2")));
        assertThat(rest).doesNotContainKey("more");
        assertThat(rest.get("count")).isEqualTo(1);
        assertThat(map(list(rest.get("lastChangeStatuses")).get(0)).get("productOrderId")).isEqualTo(sorted.get(2));
    }

    @Test
    void windowDefaultsToTwentyFourHoursAndRejectsLongerSpans() {
        String early = fixture.create("PAYED");
        fixture.advance(Duration.ofHours(25));
        String late = fixture.create("PAYED");
        String from = Dates.format(ShopFixture.START);
        List<String> ids = ids(fixture.get(Endpoint.LAST_CHANGED_STATUSES, query("lastChangedFrom", from)));
        assertThat(ids).contains(early).doesNotContain(late);

        ApiResult tooLong = fixture.get(Endpoint.LAST_CHANGED_STATUSES, query("lastChangedFrom", from,
                "lastChangedTo", Dates.format(ShopFixture.START.plus(Duration.ofHours(24)).plusMillis(1))));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.code()).isEqualTo("104139");
        assertThat(tooLong.message()).contains("조회 가능한 날짜 범위를 초과");

        ApiResult exactly = fixture.get(Endpoint.LAST_CHANGED_STATUSES, query("lastChangedFrom", from,
                "lastChangedTo", Dates.format(ShopFixture.START.plus(Duration.ofHours(24)))));
        assertThat(exactly.status()).isEqualTo(200);
    }

    @Test
    void refusesMissingOrMalformedParameters() {
        assertBad(query(), "lastChangedFrom");
        assertBad(query("lastChangedFrom", "2026-11-20 12:00"), "lastChangedFrom");
        assertBad(query("lastChangedFrom", FROM, "limitCount", "0"), "limitCount");
        assertBad(query("lastChangedFrom", FROM, "limitCount", "many"), "limitCount");
        assertBad(query("lastChangedFrom", FROM, "lastChangedType", "CONFIRMED"), "lastChangedType");
        assertBad(query("lastChangedFrom", FROM, "lastChangedTo", "2026-11-20T11:00:00.000+09:00"), "lastChangedTo");
    }

    @Test
    void acceptsAnyIsoOffsetAndCapsTheLimitAtThreeHundred() {
        for (int i = 0; i < 160; i++) {
            fixture.create("PAYED", 2);
        }
        Map<String, Object> page = data(fixture.get(Endpoint.LAST_CHANGED_STATUSES,
                query("lastChangedFrom", "2026-11-20T04:00:00Z", "limitCount", "1000")));
        assertThat(page.get("count")).isEqualTo(300);
        assertThat(page).containsKey("more");
    }

    @Test
    void filtersByChangeType() {
        String paid = fixture.create("PAYED");
        String shipped = fixture.create("DELIVERING");
        List<String> ids = ids(fixture.get(Endpoint.LAST_CHANGED_STATUSES,
                query("lastChangedFrom", Dates.format(ShopFixture.START), "lastChangedType", "DISPATCHED")));
        assertThat(ids).contains(shipped).doesNotContain(paid);
    }

    @Test
    void rowsShowTheCurrentStatusWithTheLastVisibleChange() {
        String id = fixture.create("DELIVERING");
        fixture.advance(Duration.ofHours(3));
        fixture.event(id, "DELIVER");
        Map<String, Object> row = row(id);
        assertThat(row.get("productOrderStatus")).isEqualTo("DELIVERED");
        assertThat(row.get("lastChangedType")).isEqualTo("DISPATCHED");
        assertThat(row.get("lastChangedDate")).isEqualTo(Dates.format(ShopFixture.START));
        assertThat(row.get("receiverAddressChanged")).isEqualTo(false);
        assertThat(row).doesNotContainKeys("claimType", "claimStatus");
    }

    @Test
    void neverShowsAnotherMallsProductOrders() {
        ShopFixture demo = ShopFixture.demo();
        List<String> all = new ArrayList<>();
        collect(demo, "2026-11-19T13:00:00.000+09:00", null, 300)
                .forEach(row -> all.add((String) row.get("productOrderId")));
        assertThat(all).isNotEmpty().doesNotContainAnyElementsOf(demo.shop.foreignProductOrderIds());
    }

    private Map<String, Object> row(String id) {
        for (Map<String, Object> row : collect(fixture, Dates.format(ShopFixture.START), null, 300)) {
            if (id.equals(row.get("productOrderId"))) {
                return row;
            }
        }
        throw new AssertionError("not in feed: " + id);
    }

    private void assertBad(Map<String, List<String>> query, String field) {
        ApiResult result = fixture.get(Endpoint.LAST_CHANGED_STATUSES, query);
        assertThat(result.status()).isEqualTo(400);
        assertThat(result.code()).isEqualTo("4000");
        assertThat(result.message()).contains(field);
    }

    static List<Map<String, Object>> collect(ShopFixture fixture, String from, String to, int limit) {
        List<Map<String, Object>> rows = new ArrayList<>();
        String cursor = from;
        String sequence = null;
        while (true) {
            Map<String, List<String>> query = query("lastChangedFrom", cursor, "limitCount", String.valueOf(limit));
            if (to != null) {
                query.put("lastChangedTo", List.of(to));
            }
            if (sequence != null) {
                query.put("moreSequence", List.of(sequence));
            }
            Map<String, Object> page = data(fixture.get(Endpoint.LAST_CHANGED_STATUSES, query));
            list(page.get("lastChangeStatuses")).forEach(item -> rows.add(map(item)));
            assertThat(page.get("count")).isEqualTo(list(page.get("lastChangeStatuses")).size());
            if (!page.containsKey("more")) {
                return rows;
            }
            Map<String, Object> more = map(page.get("more"));
            cursor = (String) more.get("moreFrom");
            sequence = (String) more.get("moreSequence");
        }
    }

    private static List<String> ids(ApiResult result) {
        List<String> ids = new ArrayList<>();
        list(data(result).get("lastChangeStatuses")).forEach(item -> ids.add((String) map(item).get("productOrderId")));
        return ids;
    }

    private static Map<String, Object> data(ApiResult result) {
        assertThat(result.status()).as(String.valueOf(result.message())).isEqualTo(200);
        return map(result.data());
    }
}
