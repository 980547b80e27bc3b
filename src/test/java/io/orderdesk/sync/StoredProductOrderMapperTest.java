package io.orderdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderdesk.api.dto.Fixtures;
import io.orderdesk.api.dto.LastChangeStatus;
import io.orderdesk.api.dto.ProductOrderDetail;
import io.orderdesk.domain.Coded;
import io.orderdesk.domain.LastChangedType;
import io.orderdesk.store.StoredProductOrder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoredProductOrderMapperTest {

    private static final String JSON = Fixtures.json("product-order-detail-full.json");
    private static final OffsetDateTime CHANGED = OffsetDateTime.parse("2024-03-16T15:30:00.000+09:00");

    @Test
    void extractsTheSearchableColumnsAndKeepsTheJsonVerbatim() {
        StoredProductOrder row = StoredProductOrderMapper.map(parse(JSON), JSON, change(true));

        assertThat(row.detailJson()).isSameAs(JSON);
        assertThat(row.productOrderId()).isEqualTo("2024030498765431");
        assertThat(row.summary().orderId()).isEqualTo("2024030412345671");
        assertThat(row.summary().productOrderStatus()).isEqualTo("DELIVERED");
        assertThat(row.summary().placeOrderStatus()).isEqualTo("OK");
        assertThat(row.summary().claimType()).isEqualTo("RETURN");
        assertThat(row.summary().claimStatus()).isEqualTo("COLLECT_DONE");
        assertThat(row.summary().holdbackStatus()).as("from the active return").isEqualTo("HOLDBACK");
        assertThat(row.summary().claimRequestDate()).isEqualTo(Instant.parse("2024-03-14T01:05:33Z"));
        assertThat(row.summary().orderDate()).isEqualTo(Instant.parse("2024-03-04T11:14:52.318Z"));
        assertThat(row.summary().paymentDate()).isEqualTo(Instant.parse("2024-03-04T11:15:07.904Z"));
        assertThat(row.summary().shippingDueDate()).isEqualTo(Instant.parse("2024-03-07T14:59:59Z"));
        assertThat(row.summary().dispatchedDate()).isEqualTo(Instant.parse("2024-03-05T07:02:11Z"));
        assertThat(row.summary().ordererName()).isEqualTo("김*지");
        assertThat(row.summary().ordererPhoneTail()).as("masked number").isEqualTo("6789");
        assertThat(row.summary().receiverName()).isEqualTo("김민지");
        assertThat(row.summary().receiverPhoneTail()).isEqualTo("6789");
        assertThat(row.summary().productName()).isEqualTo("오늘의니트 여성 울 라운드 가디건");
        assertThat(row.summary().productOption()).isEqualTo("색상: 베이지 / 사이즈: M");
        assertThat(row.summary().quantity()).isEqualTo(2);
        assertThat(row.summary().totalPaymentAmount()).isEqualTo(67_200L);
        assertThat(row.summary().deliveryCompany()).isEqualTo("CJGLS");
        assertThat(row.summary().trackingNumber()).isEqualTo("684512907731");
        assertThat(row.summary().giftReceivingStatus()).isEqualTo("RECEIVED");
        assertThat(row.summary().delayed()).as("a delay reason is set").isTrue();
        assertThat(row.summary().lastChangedDate()).isEqualTo(CHANGED.toInstant());
        assertThat(row.summary().lastChangedType()).isEqualTo("DELIVERY_ADDRESS_CHANGED");
        assertThat(row.summary().addressChanged()).isTrue();
    }

    @Test
    void withoutAChangeRowTheChangeColumnsStayEmpty() {
        StoredProductOrder row = StoredProductOrderMapper.map(parse(JSON), JSON);

        assertThat(row.summary().lastChangedDate()).isNull();
        assertThat(row.summary().lastChangedType()).isNull();
        assertThat(row.summary().addressChanged()).isFalse();
        assertThat(StoredProductOrderMapper.map(parse(JSON), JSON, change(false)).summary().addressChanged()).isFalse();
    }

    @Test
    void readsTheDeprecatedClaimOnlyWhenCurrentClaimIsAbsent() {
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) Fixtures.generic(JSON);
        tree.remove("currentClaim");
        String withoutCurrent = Fixtures.MOSHI.adapter(Object.class).toJson(tree);

        StoredProductOrder row = StoredProductOrderMapper.map(parse(withoutCurrent), withoutCurrent);

        assertThat(row.summary().holdbackStatus()).isEqualTo("HOLDBACK");
        assertThat(row.summary().claimRequestDate()).isEqualTo(Instant.parse("2024-03-14T01:05:33Z"));
    }

    @Test
    void aSparseLineWithUnknownCodesMapsWithoutLosingThem() {
        String json = "{\"productOrder\":{\"productOrderId\":\"77\",\"productOrderStatus\":\"NEW_2027\","
                + "\"claimType\":\"CANCEL\",\"claimStatus\":\"CANCEL_REQUEST\"},"
                + "\"currentClaim\":{\"cancel\":{\"claimRequestDate\":\"2024-03-05T10:00:00.000+09:00\"}}}";

        StoredProductOrder row = StoredProductOrderMapper.map(parse(json), json, change(false));

        assertThat(row.summary().orderId()).as("from the change row").isEqualTo("2024030412345671");
        assertThat(row.summary().productOrderStatus()).isEqualTo("NEW_2027");
        assertThat(row.summary().holdbackStatus()).isNull();
        assertThat(row.summary().claimRequestDate()).isEqualTo(Instant.parse("2024-03-05T01:00:00Z"));
        assertThat(row.summary().ordererPhoneTail()).isNull();
        assertThat(row.summary().trackingNumber()).isNull();
        assertThat(row.summary().delayed()).isFalse();
        assertThat(row.summary().paymentDate()).as("from the change row").isEqualTo(CHANGED.minusDays(1).toInstant());
    }

    @Test
    void aDetailWithoutItsProductOrderIsRejected() {
        String json = "{\"order\":{\"orderId\":\"1\"}}";

        assertThatThrownBy(() -> StoredProductOrderMapper.map(parse(json), json))
                .isInstanceOf(IllegalArgumentException.class);
        String noOrder = "{\"productOrder\":{\"productOrderId\":\"77\"}}";
        assertThatThrownBy(() -> StoredProductOrderMapper.map(parse(noOrder), noOrder))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("77");
    }

    private static LastChangeStatus change(boolean addressChanged) {
        return new LastChangeStatus("2024030412345671", "2024030498765431",
                Coded.of(LastChangedType.class, "DELIVERY_ADDRESS_CHANGED"), CHANGED.minusDays(1), CHANGED,
                null, null, null, addressChanged, null);
    }

    private static ProductOrderDetail parse(String json) {
        return Fixtures.fromJson(json, ProductOrderDetail.class);
    }
}
