package io.orderdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.ClaimType;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.OrderTab;
import io.orderdesk.domain.ProductOrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Search semantics of the in-memory index, without a database. */
class OrderSearchTest {

    private static final Instant DAY = Instant.parse("2024-03-04T00:00:00Z");

    private OrderIndex index;

    @BeforeEach
    void fill() {
        index = indexWithDirectSortUpTo(OrderIndex.DIRECT_SORT_LIMIT);
    }

    private static OrderIndex indexWithDirectSortUpTo(int limit) {
        OrderIndex index = OrderIndex.detached(Duration.ZERO, limit);
        apply(index, 1, List.of(
                Line.of("2024030400000001").order("2024030410000001").paid(DAY.plusSeconds(1))
                        .buyer("홍길동", "5678").receiver("김철수", "1234").product("울 라운드 가디건", "베이지 / M")
                        .amount(39_000L).due(DAY.plusSeconds(86_400 * 3)).build(),
                Line.of("2024030400000002").order("2024030410000002").paid(DAY.plusSeconds(2))
                        .status("PAYED", "OK").delayed(true).buyer("이영희", "1111").receiver("이영희", "1111")
                        .product("Knit 베이직 티셔츠", "화이트").amount(15_000L).build(),
                Line.of("2024030400000003").order("2024030410000003").paid(DAY.plusSeconds(3))
                        .status("DELIVERING", "OK").shipped("CJGLS", "684512907731", DAY.plusSeconds(90_000))
                        .buyer("박지민", "2222").receiver("박 지민", "2222").product("리넨 셔츠", "S").amount(120_000L)
                        .quantity(3).build(),
                Line.of("2024030400000004").order("2024030410000004").paid(DAY.plusSeconds(4))
                        .status("DELIVERED", "OK").claim("RETURN", "COLLECT_DONE").holdback("HOLDBACK")
                        .shipped("HANJIN", "512345678901", DAY.plusSeconds(90_000))
                        .buyer("최수진", "3333").receiver("최수진", "3333").product("면 양말", null).build(),
                Line.of("2024030400000005").order("2024030410000005").paid(null)
                        .status("CANCELED", "OK").claim("CANCEL", "CANCEL_DONE").buyer("정우성", "4444")
                        .receiver("정우성", "4444").product("울 라운드 가디건", "네이비 / L").amount(null).build(),
                Line.of("2024030400000006").order("2024030410000005").paid(DAY.plusSeconds(6))
                        .status("PURCHASE_DECIDED", "OK").buyer("정우성", "4444").receiver("정우성", "4444")
                        .shipped("EPOST", "6012-3456-7890", DAY).product("캐시미어 머플러", "그레이").build(),
                Line.of("2024030400000007").order("2024030410000007").paid(DAY.plusSeconds(7))
                        .status("PAYED", "OK").claim("CANCEL", "CANCEL_REQUEST").buyer("한가람", "5555")
                        .receiver("한가람", "5555").product("데님 팬츠", "30").build(),
                Line.of("2024030400000008").order("2024030410000008").paid(DAY.plusSeconds(8))
                        .status("DELIVERING", "OK").claim("EXCHANGE", "EXCHANGE_REDELIVERING")
                        .buyer("김까치", "6666").receiver("김까치", "6666").product("가죽 벨트", "블랙").build()));
        return index;
    }

    @Test
    void countsEveryTabOverTheWholeStore() {
        assertThat(index.tabCounts()).containsAllEntriesOf(Map.ofEntries(
                Map.entry(OrderTab.NEW, 1), Map.entry(OrderTab.CONFIRMED, 0), Map.entry(OrderTab.DELAYED, 1),
                Map.entry(OrderTab.DELIVERING, 1), Map.entry(OrderTab.DELIVERED, 0),
                Map.entry(OrderTab.PURCHASE_DECIDED, 1), Map.entry(OrderTab.CANCEL_REQUESTED, 1),
                Map.entry(OrderTab.RETURN_REQUESTED, 1), Map.entry(OrderTab.EXCHANGE_REQUESTED, 1),
                Map.entry(OrderTab.HELD_BACK, 1), Map.entry(OrderTab.CLAIM_FINISHED, 1), Map.entry(OrderTab.ALL, 8)));
    }

    @Test
    void countsFollowEveryChange() {
        apply(index, 2, List.of(Line.of("2024030400000001").status("PAYED", "OK").build(),
                Line.of("2024030400000009").build()));

        assertThat(index.tabCounts()).containsEntry(OrderTab.NEW, 1).containsEntry(OrderTab.CONFIRMED, 1)
                .containsEntry(OrderTab.ALL, 9);
        assertThat(ids(OrderFilter.all().withTab(OrderTab.NEW))).containsExactly("2024030400000009");
    }

    @Test
    void anOlderVersionNeverReplacesANewerOne() {
        apply(index, 3, List.of(Line.of("2024030400000001").status("PAYED", "OK").build()));
        apply(index, 2, List.of(Line.of("2024030400000001").build()));

        assertThat(index.tabCounts()).containsEntry(OrderTab.NEW, 0).containsEntry(OrderTab.CONFIRMED, 1);
    }

    @Test
    void findsNamesByTheirInitialConsonants() {
        assertThat(search("ㅎㄱㄷ")).containsExactly("2024030400000001");
        assertThat(search("ㄱㅊㅅ")).as("the recipient's name").containsExactly("2024030400000001");
        assertThat(search("ㅂㅈㅁ")).as("spaces inside the name do not matter").containsExactly("2024030400000003");
        assertThat(search("ㄱㄲㅊ")).as("double consonants").containsExactly("2024030400000008");
        assertThat(search("ㄱㄷ")).as("anywhere in the name").containsExactly("2024030400000001");
        assertThat(search("ㅎㄱㅈ")).isEmpty();
    }

    @Test
    void findsNamesAndProductsBySubstring() {
        assertThat(search("길동")).containsExactly("2024030400000001");
        assertThat(search("철수")).containsExactly("2024030400000001");
        assertThat(search("가디건")).containsExactlyInAnyOrder("2024030400000001", "2024030400000005");
        assertThat(search("KNIT")).as("case-insensitive").containsExactly("2024030400000002");
        assertThat(search("  홍길동   가디건 ")).as("every word must match").containsExactly("2024030400000001");
        assertThat(search("홍길동 티셔츠")).isEmpty();
    }

    @Test
    void aFourDigitQueryIsAPhoneTail() {
        assertThat(search("1234")).as("the recipient's phone").containsExactly("2024030400000001");
        assertThat(search("4444")).containsExactlyInAnyOrder("2024030400000005", "2024030400000006");
        assertThat(search("0000")).as("not a part of an id").isEmpty();
    }

    @Test
    void otherNumbersAreFoundInIdsAndTrackingNumbers() {
        assertThat(search("00000003")).containsExactly("2024030400000003");
        assertThat(search("2024030410000005")).as("an order number")
                .containsExactlyInAnyOrder("2024030400000005", "2024030400000006");
        assertThat(search("6845-1290-7731")).containsExactly("2024030400000003");
        assertThat(search("6845 1290")).containsExactly("2024030400000003");
        assertThat(search("601234567890")).as("stored with dashes").containsExactly("2024030400000006");
        assertThat(search("99999")).isEmpty();
    }

    @Test
    void combinesTabClaimStateAndPaymentPeriod() {
        assertThat(ids(OrderFilter.all().withTab(OrderTab.DELIVERING).withText("박지민")))
                .containsExactly("2024030400000003");
        assertThat(ids(OrderFilter.all().withTab(OrderTab.HELD_BACK))).containsExactly("2024030400000004");
        assertThat(ids(OrderFilter.all().withClaims(ClaimFilter.OPEN))).containsExactlyInAnyOrder(
                "2024030400000004", "2024030400000007", "2024030400000008");
        assertThat(ids(OrderFilter.all().withClaims(ClaimFilter.FINISHED))).containsExactly("2024030400000005");
        assertThat(ids(OrderFilter.all().withClaims(ClaimFilter.NONE))).hasSize(4);
        assertThat(ids(OrderFilter.all().withPaidBetween(DAY.plusSeconds(2), DAY.plusSeconds(4))))
                .containsExactly("2024030400000003", "2024030400000002");
        assertThat(ids(OrderFilter.all().withPaidBetween(DAY, null))).as("no payment date, no match").hasSize(7);
    }

    @ParameterizedTest
    @ValueSource(ints = {OrderIndex.DIRECT_SORT_LIMIT, 0})
    void sortsEveryColumnBothWaysWithAbsentValuesLast(int directSortLimit) {
        OrderIndex sorted = indexWithDirectSortUpTo(directSortLimit);

        for (SortColumn column : SortColumn.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                List<OrderSummary> rows = sorted.search(OrderFilter.all().sortedBy(column, descending)).rows();
                assertThat(rows).as("%s %s", column, descending ? "desc" : "asc").hasSize(8)
                        .isSortedAccordingTo(expectedOrder(column, descending));
            }
        }
    }

    @Test
    void paymentDateNewestFirstIsTheDefault() {
        assertThat(ids(OrderFilter.all())).containsExactly("2024030400000008", "2024030400000007",
                "2024030400000006", "2024030400000004", "2024030400000003", "2024030400000002",
                "2024030400000001", "2024030400000005");
    }

    @ParameterizedTest
    @ValueSource(ints = {OrderIndex.DIRECT_SORT_LIMIT, 0})
    void pagesSplitTheSameOrderWithoutGapsOrOverlaps(int directSortLimit) {
        OrderIndex paged = indexWithDirectSortUpTo(directSortLimit);
        OrderFilter filter = OrderFilter.all().sortedBy(SortColumn.BUYER, false);
        List<String> all = paged.search(filter).rows().stream().map(OrderSummary::productOrderId).toList();

        List<String> joined = new ArrayList<>();
        for (int offset = 0; offset < 10; offset += 3) {
            SearchResult page = paged.search(filter.page(offset, 3));
            assertThat(page.total()).isEqualTo(8);
            page.rows().forEach(row -> joined.add(row.productOrderId()));
        }

        assertThat(joined).isEqualTo(all);
        assertThat(paged.search(filter.page(20, 3)).rows()).isEmpty();
        assertThat(paged.search(filter.page(0, 0))).isEqualTo(new SearchResult(8, List.of()));
    }

    static Stream<Arguments> columns() {
        return Stream.of(SortColumn.values()).map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("columns")
    void theWalkedOrderEqualsTheDirectlySortedOne(SortColumn column) {
        OrderIndex direct = indexWithDirectSortUpTo(OrderIndex.DIRECT_SORT_LIMIT);
        OrderIndex walked = indexWithDirectSortUpTo(0);
        OrderFilter filter = OrderFilter.all().withText("정우성").sortedBy(column, true);

        assertThat(walked.search(filter)).isEqualTo(direct.search(filter));
    }

    @ParameterizedTest
    @MethodSource("columns")
    void theCachedOrderFollowsChangedAndNewLines(SortColumn column) {
        OrderIndex direct = indexWithDirectSortUpTo(OrderIndex.DIRECT_SORT_LIMIT);
        OrderIndex walked = indexWithDirectSortUpTo(0);
        walked.search(OrderFilter.all().sortedBy(column, false));
        walked.search(OrderFilter.all().sortedBy(column, true));
        List<StoredProductOrder> changes = List.of(
                Line.of("2024030400000003").buyer("가나다", "0001").product("가방", "A").quantity(9)
                        .status("DELIVERED", "OK").shipped("KGB", "100000000001", DAY).amount(1L).build(),
                Line.of("2024030400000009").paid(DAY.plusSeconds(5)).buyer("하늘", "0002").build(),
                Line.of("2024030400000010").order("1").paid(null).buyer(null, null).product(null, null)
                        .quantity(null).amount(null).build());

        apply(direct, 2, changes);
        apply(walked, 2, changes);

        for (boolean descending : new boolean[] {false, true}) {
            OrderFilter filter = OrderFilter.all().sortedBy(column, descending);
            assertThat(walked.search(filter)).as("%s %s", column, descending).isEqualTo(direct.search(filter));
        }
    }

    /** An independent statement of each column's order, to check the index against. */
    private static Comparator<OrderSummary> expectedOrder(SortColumn column, boolean descending) {
        Comparator<OrderSummary> key = switch (column) {
            case PRODUCT_ORDER_ID -> Comparator.comparing(OrderSummary::productOrderId);
            case ORDER_ID -> nullsLast(OrderSummary::orderId, descending);
            case PAYMENT_DATE -> nullsLast(OrderSummary::paymentDate, descending);
            case STATUS -> nullsLast(s -> ProductOrderStatus.valueOf(s.productOrderStatus()),
                    descending);
            case CLAIM -> nullsLast(s -> s.claimType() == null ? null
                    : ClaimType.valueOf(s.claimType()), descending);
            case BUYER -> nullsLast(OrderSummary::ordererName, descending);
            case RECEIVER -> nullsLast(OrderSummary::receiverName, descending);
            case PRODUCT -> nullsLast(OrderSummary::productName, descending);
            case OPTION -> nullsLast(OrderSummary::productOption, descending);
            case QUANTITY -> nullsLast(OrderSummary::quantity, descending);
            case AMOUNT -> nullsLast(OrderSummary::totalPaymentAmount, descending);
            case SHIPPING_DUE -> nullsLast(OrderSummary::shippingDueDate, descending);
            case CARRIER -> nullsLast(s -> s.deliveryCompany() == null ? null
                    : DeliveryCompany.valueOf(s.deliveryCompany()).label(), descending);
            case TRACKING -> nullsLast(OrderSummary::trackingNumber, descending);
        };
        return column == SortColumn.PRODUCT_ORDER_ID && descending ? key.reversed() : key;
    }

    private static <T extends Comparable<? super T>> Comparator<OrderSummary> nullsLast(
            Function<OrderSummary, T> key, boolean descending) {
        return Comparator.comparing(key, Comparator.nullsLast(
                descending ? Comparator.<T>reverseOrder() : Comparator.<T>naturalOrder()));
    }

    /** Feeds the rows to the index as the given row version, as a commit or a refresh would. */
    private static void apply(OrderIndex index, int version, List<StoredProductOrder> rows) {
        index.apply(rows.stream().map(row -> new IndexedRow(row.summary(), version, DAY)).toList());
    }

    private List<String> search(String text) {
        return ids(OrderFilter.all().withText(text));
    }

    private List<String> ids(OrderFilter filter) {
        SearchResult result = index.search(filter);
        assertThat(result.total()).isEqualTo(result.rows().size());
        return result.rows().stream().map(OrderSummary::productOrderId).toList();
    }
}
