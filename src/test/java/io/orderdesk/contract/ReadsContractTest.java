package io.orderdesk.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderdesk.api.ConditionalQuery;
import io.orderdesk.api.LastChangedQuery;
import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.api.NpayResponse;
import io.orderdesk.api.ReviewQuery;
import io.orderdesk.api.dto.LastChangeStatus;
import io.orderdesk.api.dto.LastChangedStatuses;
import io.orderdesk.api.dto.ProductOrderContent;
import io.orderdesk.api.dto.ProductOrderDetail;
import io.orderdesk.api.dto.ProductOrderPage;
import io.orderdesk.api.dto.Review;
import io.orderdesk.api.dto.ReviewPage;
import io.orderdesk.api.error.NotFoundException;
import io.orderdesk.api.error.RequestRejectedException;
import io.orderdesk.api.json.PartialList;
import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.LastChangedType;
import io.orderdesk.domain.PlaceOrderStatus;
import io.orderdesk.domain.ProductOrderStatus;
import io.orderdesk.domain.RangeType;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five reads through the real client: the change feed with its paging and filter, {@code /query}, the order's
 * product-order ids, the conditional query and reviews. Each test moves the frozen clock on first, so the orders it
 * makes are alone in their time window.
 */
class ReadsContractTest {

    private static ContractSandbox fx;
    private static NpayOrderClient client;

    @BeforeAll
    static void start() {
        fx = ContractSandbox.start(42, 400, 5);
        client = fx.client;
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void theChangeFeedPagesWithMoreUntilDone() {
        Instant since = fx.advance(Duration.ofMinutes(10));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            expected.addAll(fx.createAny("PAYED", 3).productOrderIds());
            if (i % 4 == 3) {
                fx.advance(Duration.ofMillis(1));
            }
        }
        LastChangedQuery query = new LastChangedQuery(ContractSandbox.kst(since), fx.nowKst(), null, null, 7);
        List<LastChangeStatus> rows = new ArrayList<>();
        int pages = 0;

        while (true) {
            assertThat(pages).as("pages so far; paging must end").isLessThan(100);
            LastChangedStatuses page = client.lastChangedStatuses(query).data();
            pages++;
            assertThat(page.count()).isEqualTo(page.lastChangeStatuses().items().size());
            rows.addAll(page.lastChangeStatuses().items());
            if (page.more() == null) {
                break;
            }
            assertThat(page.count()).isEqualTo(7);
            query = query.next(page.more().moreFrom(), page.more().moreSequence());
        }

        assertThat(rows).extracting(LastChangeStatus::productOrderId)
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(pages).isEqualTo((expected.size() + 6) / 7);
        assertThat(rows).isSortedAccordingTo(Comparator.comparing((LastChangeStatus row) -> row.lastChangedDate())
                .thenComparing(LastChangeStatus::productOrderId));
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.lastChangedType().value()).isEqualTo(LastChangedType.PAYED);
            assertThat(row.productOrderStatus().value()).isEqualTo(ProductOrderStatus.PAYED);
        });
    }

    @Test
    void theChangeFeedFiltersOnTheLastChangeType() {
        Instant since = fx.advance(Duration.ofMinutes(10));
        List<String> payed = fx.createAny("PAYED", 3).productOrderIds();
        List<String> dispatched = fx.createAny("DELIVERING", 2).productOrderIds();
        List<String> waiting = fx.createAny("PAYMENT_WAITING", 1).productOrderIds();

        assertThat(ids(feed(since, LastChangedType.DISPATCHED))).containsExactlyInAnyOrderElementsOf(dispatched);
        assertThat(ids(feed(since, LastChangedType.PAY_WAITING))).containsExactlyInAnyOrderElementsOf(waiting);
        assertThat(ids(feed(since, LastChangedType.PAYED))).containsExactlyInAnyOrderElementsOf(payed);
        assertThat(feed(since, LastChangedType.CLAIM_COMPLETED)).isEmpty();
    }

    @Test
    void aWindowOverTwentyFourHoursIsRefusedBeforeAnythingIsSent() {
        OffsetDateTime to = fx.nowKst();
        OffsetDateTime from = to.minusHours(24).minusNanos(1_000_000);
        int before = fx.sandbox.calls().calls().size();

        assertThatThrownBy(() -> client.lastChangedStatuses(LastChangedQuery.window(from, to)))
                .isInstanceOfSatisfying(RequestRejectedException.class, e -> {
                    assertThat(e.httpStatus()).isZero();
                    assertThat(e.userMessage()).contains("24시간");
                });
        assertThatThrownBy(() -> client.productOrders(ConditionalQuery.window(from, to, RangeType.PAYED_DATETIME)))
                .isInstanceOf(RequestRejectedException.class);
        assertThatThrownBy(() -> client.reviews(ReviewQuery.window(from, to)))
                .isInstanceOf(RequestRejectedException.class);
        assertThat(fx.sandbox.calls().calls()).hasSize(before);

        assertThat(client.lastChangedStatuses(LastChangedQuery.window(from.plusNanos(1_000_000), to)).data())
                .isNotNull();
        ContractSandbox.RawResponse raw = fx.get("/v1/pay-order/mall/product-orders/last-changed-statuses"
                + "?lastChangedFrom=" + ContractSandbox.queryTime(from.toInstant())
                + "&lastChangedTo=" + ContractSandbox.queryTime(to.toInstant()));
        assertThat(raw.status()).isEqualTo(400);
        assertThat(raw.json().get("code")).isEqualTo("104139");
    }

    @Test
    void theDocumentedLimitsAreCheckedBeforeAnythingIsSent() {
        OffsetDateTime now = fx.nowKst();
        List<String> tooManyIds = new ArrayList<>();
        for (int i = 0; i < 301; i++) {
            tooManyIds.add(String.format("2026120%09d", i));
        }
        int before = fx.sandbox.calls().calls().size();

        assertThatThrownBy(() -> client.queryProductOrders(tooManyIds)).isInstanceOf(RequestRejectedException.class);
        assertThatThrownBy(() -> client.queryProductOrders(List.of())).isInstanceOf(RequestRejectedException.class);
        assertThatThrownBy(() -> client.confirm(tooManyIds.subList(0, 31)))
                .isInstanceOf(RequestRejectedException.class);
        assertThatThrownBy(() -> client.lastChangedStatuses(LastChangedQuery.window(now.minusHours(1), now)
                .withLimit(301))).isInstanceOf(RequestRejectedException.class);
        assertThatThrownBy(() -> client.lastChangedStatuses(LastChangedQuery.window(now, now.minusHours(1))))
                .isInstanceOf(RequestRejectedException.class);
        assertThatThrownBy(() -> client.productOrders(ConditionalQuery.window(now.minusHours(1), now,
                RangeType.PAYED_DATETIME).withPage(0))).isInstanceOf(RequestRejectedException.class);
        assertThatThrownBy(() -> client.cancelApprove(" ")).isInstanceOf(RequestRejectedException.class);
        assertThat(fx.sandbox.calls().calls()).hasSize(before);
        assertThat(client.queryProductOrders(tooManyIds.subList(0, 300)).data().items()).isEmpty();
    }

    @Test
    void theDetailQueryLeavesOutUnknownAndForeignIds() {
        List<String> ids = fx.createAny("DELIVERING", 3).productOrderIds();
        String foreign = fx.shop().foreignProductOrderIds().get(0);
        List<String> asked = List.of(ids.get(0), "2099010112345678", ids.get(1), foreign, ids.get(2));

        NpayResponse<PartialList<ProductOrderDetail>> response = client.queryProductOrders(asked);

        assertThat(response.data().items()).extracting(detail -> detail.productOrder().productOrderId())
                .containsExactlyElementsOf(ids);
        assertThat(response.data().rawItems()).hasSize(3).allSatisfy(raw -> assertThat(raw).startsWith("{"));
        assertThat(response.rejected()).isEmpty();
        assertThat(response.traceId()).isNotBlank();
        assertThat(response.serverTime().toInstant()).isEqualTo(fx.now());
        assertThat(response.data().items().get(0).productOrder().productOrderStatus().value())
                .isEqualTo(ProductOrderStatus.DELIVERING);
        assertThat(response.data().items().get(0).delivery()).isNotNull();
    }

    @Test
    void theProductOrderIdsOfAnOrderAreItsLines() {
        ContractSandbox.Created order = fx.createAny("PAYED", 4);

        assertThat(client.productOrderIds(order.orderId()).data())
                .containsExactlyElementsOf(order.productOrderIds());

        String foreignOrder = (String) fx.view(fx.shop().foreignProductOrderIds().get(0)).get("orderId");
        for (String unknown : List.of("2099010112345678", foreignOrder)) {
            assertThatThrownBy(() -> client.productOrderIds(unknown))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> {
                        assertThat(e.code()).isEqualTo("100003");
                        assertThat(e.traceId()).isNotBlank();
                    });
        }
    }

    @Test
    void theConditionalQueryFiltersAndPages() {
        Instant at = fx.advance(Duration.ofMinutes(10));
        List<String> delivering = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            delivering.add(one("DELIVERING"));
        }
        List<String> payed = fx.createAny("PAYED", 3).productOrderIds();
        List<String> confirmed = fx.createAny("CONFIRMED", 2).productOrderIds();
        String returning = one("DELIVERED");
        fx.event(returning, "RETURN_REQUEST");
        ConditionalQuery window = ConditionalQuery.window(ContractSandbox.kst(at), ContractSandbox.kst(at),
                RangeType.PAYED_DATETIME);

        ConditionalQuery deliveringOnly = window.withStatuses(List.of(ProductOrderStatus.DELIVERING), List.of())
                .withPageSize(2);
        List<String> paged = new ArrayList<>();
        List<Boolean> hasNext = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            ProductOrderPage result = client.productOrders(deliveringOnly.withPage(page)).data();
            assertThat(result.pagination().page()).isEqualTo(page);
            assertThat(result.pagination().size()).isEqualTo(2);
            hasNext.add(result.pagination().hasNext());
            paged.addAll(contentIds(result));
        }
        assertThat(hasNext).containsExactly(true, true, false);
        assertThat(paged).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(delivering);
        assertThat(contentIds(client.productOrders(deliveringOnly.withPage(4)).data())).isEmpty();

        assertThat(contentIds(client.productOrders(placeOrder(window, PlaceOrderStatus.NOT_YET)).data()))
                .containsExactlyInAnyOrderElementsOf(payed);
        assertThat(contentIds(client.productOrders(placeOrder(window, PlaceOrderStatus.OK)).data()))
                .containsExactlyInAnyOrderElementsOf(confirmed);
        assertThat(contentIds(client.productOrders(window.withStatuses(List.of(), List.of(ClaimStatus.RETURN_REQUEST)))
                .data())).containsExactly(returning);
        ProductOrderPage all = client.productOrders(window).data();
        assertThat(all.pagination().hasNext()).isFalse();
        assertThat(contentIds(all)).hasSize(11);
        assertThat(all.contents().items()).allSatisfy(content -> {
            assertThat(content.content().productOrder().productOrderId()).isEqualTo(content.productOrderId());
            assertThat(content.content().cancel()).isNull();
            assertThat(content.content().returnClaim()).isNull();
        });
    }

    @Test
    void reviewsPageAndFilterByType() {
        OffsetDateTime to = ContractSandbox.kst(ContractSandbox.START);
        ReviewQuery day = ReviewQuery.window(to.minusHours(24), to);

        List<Review> all = client.reviews(day).data().contents().items();
        List<Review> paged = new ArrayList<>();
        for (int page = 1; ; page++) {
            assertThat(page).as("pages so far; paging must end").isLessThan(100);
            ReviewPage result = client.reviews(new ReviewQuery(day.from(), day.to(), null, page, 4)).data();
            assertThat(result.contents().rejected()).isEmpty();
            paged.addAll(result.contents().items());
            assertThat(result.pagination().hasNext()).isEqualTo(paged.size() < all.size());
            if (!result.pagination().hasNext()) {
                break;
            }
        }
        List<Review> premium = client.reviews(new ReviewQuery(day.from(), day.to(), "PREMIUM", 1, 300)).data()
                .contents().items();
        List<Review> general = client.reviews(new ReviewQuery(day.from(), day.to(), "GENERAL", 1, 300)).data()
                .contents().items();

        assertThat(all).isNotEmpty().hasSizeLessThan(300);
        assertThat(paged).extracting(Review::reviewId).doesNotHaveDuplicates()
                .containsExactlyElementsOf(reviewIds(all));
        assertThat(all).allSatisfy(review -> {
            assertThat(review.createdDate()).isBetween(day.from(), day.to());
            assertThat(review.productOrderId()).isNotBlank();
            assertThat(review.score()).isBetween(1, 5);
        });
        assertThat(premium).isNotEmpty().allSatisfy(review -> assertThat(review.reviewType()).isEqualTo("PREMIUM"));
        assertThat(general).isNotEmpty().allSatisfy(review -> assertThat(review.reviewType()).isEqualTo("GENERAL"));
        assertThat(concat(premium, general)).extracting(Review::reviewId)
                .containsExactlyInAnyOrderElementsOf(reviewIds(all));
    }

    private static String one(String state) {
        return fx.createAny(state, 1).productOrderIds().get(0);
    }

    private static List<LastChangeStatus> feed(Instant since, LastChangedType type) {
        List<LastChangeStatus> rows = new ArrayList<>();
        LastChangedQuery query = new LastChangedQuery(ContractSandbox.kst(since), fx.nowKst(), type, null, 2);
        for (int pages = 1; ; pages++) {
            assertThat(pages).as("pages so far; paging must end").isLessThan(100);
            LastChangedStatuses page = client.lastChangedStatuses(query).data();
            rows.addAll(page.lastChangeStatuses().items());
            assertThat(page.lastChangeStatuses().items())
                    .allSatisfy(row -> assertThat(row.lastChangedType().value()).isEqualTo(type));
            if (page.more() == null) {
                return rows;
            }
            query = query.next(page.more().moreFrom(), page.more().moreSequence());
        }
    }

    private static ConditionalQuery placeOrder(ConditionalQuery window, PlaceOrderStatus status) {
        return new ConditionalQuery(window.from(), window.to(), window.rangeType(), List.of(ProductOrderStatus.PAYED),
                List.of(), status, null, 1, 300, true);
    }

    private static List<String> ids(List<LastChangeStatus> rows) {
        return rows.stream().map(LastChangeStatus::productOrderId).toList();
    }

    private static List<String> contentIds(ProductOrderPage page) {
        return page.contents().items().stream().map(ProductOrderContent::productOrderId).toList();
    }

    private static List<String> reviewIds(List<Review> reviews) {
        return reviews.stream().map(Review::reviewId).toList();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }
}
