package io.orderdesk.sandbox.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.ClaimType;
import io.orderdesk.domain.ProductOrderStatus;
import io.orderdesk.sandbox.Endpoint;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\+09:00");
    private static World world;

    @BeforeAll
    static void generate() {
        world = DemoData.generate(ShopConfig.demo(), ShopFixture.START);
    }

    @Test
    void sameSeedGivesTheSameWorldByteForByte() {
        ShopFixture first = ShopFixture.demo();
        ShopFixture second = ShopFixture.demo();
        assertThat(everything(first)).isEqualTo(everything(second));
    }

    @Test
    void anotherSeedGivesAnotherWorld() {
        ShopFixture other = new ShopFixture(ShopConfig.demo().withSeed(43));
        assertThat(everything(other)).isNotEqualTo(everything(ShopFixture.demo()));
    }

    @Test
    void coversEveryProductOrderStatusAndEveryClaimStatus() {
        Set<ProductOrderStatus> statuses = EnumSet.noneOf(ProductOrderStatus.class);
        Set<ClaimStatus> claimStatuses = EnumSet.noneOf(ClaimStatus.class);
        Set<ClaimType> families = EnumSet.noneOf(ClaimType.class);
        for (ProductOrderRecord po : own()) {
            statuses.add(po.status);
            if (po.claim != null) {
                claimStatuses.add(po.claim.status);
                families.add(po.claim.type);
            }
        }
        assertThat(statuses).containsAll(EnumSet.complementOf(EnumSet.of(ProductOrderStatus.UNKNOWN)));
        assertThat(claimStatuses).containsAll(EnumSet.complementOf(EnumSet.of(ClaimStatus.UNKNOWN)));
        assertThat(families).containsAll(EnumSet.complementOf(EnumSet.of(ClaimType.UNKNOWN)));
        assertThat(DemoData.present(world)).containsAll(Scripts.COVERAGE.keySet());
    }

    @Test
    void hasMultiLineOrdersGiftsAddressChangesAndOtherRecipients() {
        List<ProductOrderRecord> own = own();
        assertThat(own).anyMatch(po -> po.order.lines.size() > 1);
        assertThat(own).anyMatch(po -> po.order.gift);
        assertThat(own).anyMatch(po -> po.addressChanged);
        assertThat(own).anyMatch(po -> po.shippingAddress != null
                && !po.shippingAddress.name().equals(po.order.orderer.name()));
        assertThat(own).anyMatch(po -> !po.completedClaims.isEmpty() && po.remainQuantity > 0
                && po.remainQuantity < po.amounts.quantity());
        assertThat(own).anyMatch(po -> po.beforeExchange != null);
    }

    @Test
    void idsAreSixteenDigitsStartingWithTheOrderDate() {
        for (ProductOrderRecord po : own()) {
            String day = Dates.yyyyMMdd(po.order.orderDate);
            assertThat(po.productOrderId).matches("\\d{16}").startsWith(day);
            assertThat(po.order.orderId).matches("\\d{16}").startsWith(day);
        }
    }

    @Test
    void manyProductOrdersShareTheirLastChangedDate() {
        Map<java.time.Instant, Integer> perInstant = new HashMap<>();
        for (ProductOrderRecord po : own()) {
            perInstant.merge(po.lastChangedDate, 1, Integer::sum);
        }
        long shared = perInstant.values().stream().filter(n -> n > 1).mapToLong(n -> n).sum();
        assertThat(shared).isGreaterThan(own().size() / 4);
    }

    @Test
    void amountsAreConsistent() {
        for (ProductOrderRecord po : own()) {
            Map<String, Object> product = ProductOrderJson.of(po);
            long total = (Long) product.get("totalProductAmount");
            long discount = (Long) product.get("productDiscountAmount");
            assertThat(product.get("totalPaymentAmount")).isEqualTo(total - discount);
            assertThat((Long) product.get("remainPaymentAmount")).isBetween(0L, total - discount);
            assertThat(total).isEqualTo((po.amounts.unitPrice() + po.amounts.optionPrice()) * po.amounts.quantity());
        }
    }

    @Test
    void datesAreKstWithMillisecondsAndNothingIsOverdue() {
        ShopFixture fixture = ShopFixture.demo();
        String json = everything(fixture);
        var matcher = Pattern.compile("\"(\\w+Date)\":\"([^\"]*)\"").matcher(json);
        int dates = 0;
        while (matcher.find()) {
            assertThat(matcher.group(2)).as(matcher.group(1)).matches(DATE);
            dates++;
        }
        assertThat(dates).isGreaterThan(1000);
        assertThat(json).doesNotContain("null");
        assertThat(TimeRules.run(DemoData.generate(ShopConfig.demo(), ShopFixture.START), ShopFixture.START))
                .isZero();
    }

    @Test
    void foreignProductOrdersExistButAreNotOurs() {
        List<String> foreign = ShopFixture.demo().shop.foreignProductOrderIds();
        assertThat(foreign).isNotEmpty();
        assertThat(new HashSet<>(foreign)).doesNotContainAnyElementsOf(ids(own()));
    }

    /** Every detail plus the whole change feed, as JSON text. */
    static String everything(ShopFixture fixture) {
        List<String> ids = new ArrayList<>();
        fixture.shop.read(w -> {
            w.productOrders().forEach(po -> ids.add(po.productOrderId));
            return null;
        });
        StringBuilder out = new StringBuilder();
        for (String id : ids) {
            out.append(JsonText.of(fixture.shop.productOrder(id).data())).append('\n');
        }
        var feed = fixture.get(Endpoint.LAST_CHANGED_STATUSES, ShopFixture.query(
                "lastChangedFrom", "2026-11-19T13:00:00.000+09:00"));
        out.append(JsonText.of(feed.data()));
        return out.toString();
    }

    private static List<ProductOrderRecord> own() {
        List<ProductOrderRecord> own = new ArrayList<>();
        for (ProductOrderRecord po : world.productOrders()) {
            if (world.isOwn(po)) {
                own.add(po);
            }
        }
        return own;
    }

    private static Set<String> ids(List<ProductOrderRecord> records) {
        Set<String> ids = new HashSet<>();
        records.forEach(po -> ids.add(po.productOrderId));
        return ids;
    }
}
