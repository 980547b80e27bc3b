package io.orderdesk.api.dto;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import io.orderdesk.api.json.PartialList;
import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.CollectStatus;
import io.orderdesk.domain.DelayedDispatchReason;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.EntryMethod;
import io.orderdesk.domain.MultiplePurchaseDiscountType;
import io.orderdesk.domain.PickupLocationType;
import io.orderdesk.domain.ProductOrderStatus;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The official key-shape example of {@code product-orders/query} (reference §9.6), which lists every field once, is
 * the yardstick for the detail DTOs: every key must have a component, every component a key, and every value must
 * survive a parse and re-serialisation.
 */
class QueryKeyShapeTest {

    private static final String FIXTURE = "query-key-shape.json";
    private static final Type DETAILS = Fixtures.partialListOf(ProductOrderDetail.class);
    private static final Type ENVELOPE = Fixtures.envelopeOf(DETAILS);

    @Test
    void everyKeyMapsToAComponentAndEveryComponentToAKey() {
        DtoShape shape = DtoShape.check(Fixtures.generic(Fixtures.json(FIXTURE)), ENVELOPE);

        assertThat(shape.problems()).isEmpty();
        assertThat(shape.leaves()).as("every leaf of the example was compared").isEqualTo(countLeaves(
                Fixtures.generic(Fixtures.json(FIXTURE))));
    }

    @Test
    void theShapeCheckNoticesAKeyWithoutComponent() {
        Object json = Fixtures.generic(Fixtures.json(FIXTURE));
        productOrderOf(json).put("brandNewField", "x");

        DtoShape shape = DtoShape.check(json, ENVELOPE);

        assertThat(shape.problems())
                .containsExactly("$.data[0].productOrder.brandNewField: no component in ProductOrder");
    }

    @Test
    void theShapeCheckNoticesAComponentWithoutKeyAndAWrongType() {
        Object json = Fixtures.generic(Fixtures.json(FIXTURE));
        productOrderOf(json).remove("mallId");
        productOrderOf(json).put("quantity", "2023-01-16T17:14:51.794+09:00");

        DtoShape shape = DtoShape.check(json, ENVELOPE);

        assertThat(shape.problems()).containsExactlyInAnyOrder(
                "$.data[0].productOrder.quantity: 2023-01-16T17:14:51.794+09:00 does not fit java.lang.Integer",
                "ProductOrder has components the document never uses: [mallId]");
    }

    @Test
    void parsesWithoutRejectionsAndKeepsPlaceholderCodesVerbatim() {
        Envelope<PartialList<ProductOrderDetail>> envelope = Fixtures.parse(FIXTURE, ENVELOPE);

        assertThat(envelope.data().isComplete()).isTrue();
        ProductOrderDetail detail = envelope.data().items().get(0);
        ProductOrder productOrder = detail.productOrder();
        assertThat(productOrder.productOrderStatus().value()).isEqualTo(ProductOrderStatus.UNKNOWN);
        assertThat(productOrder.productOrderStatus().raw()).isEqualTo("string");
        assertThat(productOrder.delayedDispatchReason().value()).isEqualTo(DelayedDispatchReason.PRODUCT_PREPARE);
        assertThat(productOrder.expectedDeliveryMethod().value()).isEqualTo(DeliveryMethod.DELIVERY);
        assertThat(productOrder.sellerBurdenMultiplePurchaseDiscountType().value())
                .isEqualTo(MultiplePurchaseDiscountType.IGNORE_QUANTITY);
        assertThat(productOrder.shippingAddress().pickupLocationType().value())
                .isEqualTo(PickupLocationType.FRONT_OF_DOOR);
        assertThat(productOrder.shippingAddress().entryMethod().value()).isEqualTo(EntryMethod.LOBBY_PW);
        assertThat(productOrder.groupProductId()).isZero();
        assertThat(productOrder.skuMappings()).hasSize(1);
        assertThat(detail.returnClaim().collectStatus().value()).isEqualTo(CollectStatus.NOT_REQUESTED);
        assertThat(detail.currentClaim().returnClaim().returnImageUrl()).containsExactly("string");
        assertThat(detail.currentClaim().cancel().claimStatus().value()).isEqualTo(ClaimStatus.UNKNOWN);
        assertThat(detail.beforeClaim().exchange().exchangeImageUrl()).containsExactly("string");
        assertThat(detail.completedClaims()).hasSize(1);
        assertThat(detail.completedClaims().get(0).collectOperationDate()).isEqualTo("string");
        assertThat(detail.delivery().isWrongTrackingNumber()).isTrue();
        assertThat(detail.order().orderDate())
                .isEqualTo(OffsetDateTime.of(2023, 1, 16, 17, 14, 51, 794_000_000, ZoneOffset.ofHours(9)));
        assertThat(detail.order().isDeliveryMemoParticularInput()).isEqualTo("string");
    }

    @Test
    void everyLeafSurvivesARoundTrip() {
        Envelope<PartialList<ProductOrderDetail>> envelope = Fixtures.parse(FIXTURE, ENVELOPE);
        JsonAdapter<Envelope<PartialList<ProductOrderDetail>>> adapter = Fixtures.MOSHI.adapter(ENVELOPE);

        Object written = Fixtures.generic(adapter.toJson(envelope));
        Object original = Fixtures.generic(Fixtures.json(FIXTURE));

        Map<String, Object> writtenLeaves = flatten(written);
        Map<String, Object> originalLeaves = flatten(original);
        assertThat(writtenLeaves).hasSameSizeAs(originalLeaves);
        assertThat(writtenLeaves).isEqualTo(originalLeaves);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> productOrderOf(Object envelope) {
        Map<String, Object> root = (Map<String, Object>) envelope;
        Map<String, Object> detail = (Map<String, Object>) ((List<Object>) root.get("data")).get(0);
        return (Map<String, Object>) detail.get("productOrder");
    }

    private static int countLeaves(Object json) {
        return flatten(json).size();
    }

    private static Map<String, Object> flatten(Object json) {
        Map<String, Object> leaves = new LinkedHashMap<>();
        flatten(json, "$", leaves);
        return leaves;
    }

    private static void flatten(Object json, String path, Map<String, Object> leaves) {
        if (json instanceof Map) {
            ((Map<?, ?>) json).forEach((key, value) -> flatten(value, path + "." + key, leaves));
        } else if (json instanceof List) {
            List<?> list = (List<?>) json;
            for (int i = 0; i < list.size(); i++) {
                flatten(list.get(i), path + "[" + i + "]", leaves);
            }
        } else {
            leaves.put(path, json);
        }
    }
}
