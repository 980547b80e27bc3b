package io.orderdesk.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.orderdesk.api.dto.LastChangeStatus;
import io.orderdesk.api.dto.LastChangedStatuses;
import io.orderdesk.api.dto.ProductOrderDetail;
import io.orderdesk.domain.Coded;
import io.orderdesk.domain.ProductOrderStatus;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartialListAdapterTest {

    private final Moshi moshi = NpayJson.moshi();
    private final JsonAdapter<PartialList<ProductOrderDetail>> details =
            moshi.adapter(Types.newParameterizedType(PartialList.class, ProductOrderDetail.class));

    @Test
    void aBadDateRejectsOnlyThatChangeAndNamesItsProductOrder() throws IOException {
        String json = "{\"count\":3,\"lastChangeStatuses\":["
                + change("2022051122441251", "2022-05-11T21:05:26.000+09:00") + ","
                + change("2022051122442301", "yesterday") + ","
                + change("2022051122443341", "2022-05-11T22:05:27.000+09:00") + "]}";

        LastChangedStatuses page = moshi.adapter(LastChangedStatuses.class).fromJson(json);

        PartialList<LastChangeStatus> list = page.lastChangeStatuses();
        assertThat(list.items()).extracting(LastChangeStatus::productOrderId)
                .containsExactly("2022051122441251", "2022051122443341");
        assertThat(list.rejected()).hasSize(1);
        RejectedItem rejected = list.rejected().get(0);
        assertThat(rejected.index()).isEqualTo(1);
        assertThat(rejected.productOrderId()).isEqualTo("2022051122442301");
        assertThat(rejected.reason()).contains("yesterday").contains("lastChangedDate");
        assertThat(list.isComplete()).isFalse();
        assertThat(list.receivedCount()).isEqualTo(3);
    }

    @Test
    void aBadQuantityRejectsOnlyThatDetailAndDigsTheIdOutOfProductOrder() throws IOException {
        String json = "["
                + "{\"productOrder\":{\"productOrderId\":\"2024030498765431\",\"quantity\":\"three\"}},"
                + "{\"productOrder\":{\"productOrderId\":\"2024030498765448\",\"quantity\":2}}]";

        PartialList<ProductOrderDetail> list = details.fromJson(json);

        assertThat(list.items()).hasSize(1);
        assertThat(list.items().get(0).productOrder().productOrderId()).isEqualTo("2024030498765448");
        assertThat(list.items().get(0).productOrder().quantity()).isEqualTo(2);
        assertThat(list.rejected()).containsExactly(new RejectedItem(0, "2024030498765431",
                list.rejected().get(0).reason()));
        assertThat(list.rejected().get(0).reason()).contains("three").contains("quantity");
    }

    @Test
    void nullAndNonObjectElementsAreRejectedWithoutAnId() throws IOException {
        PartialList<ProductOrderDetail> list = details.fromJson(
                "[null, \"oops\", 42, {\"productOrder\":{\"productOrderId\":\"2024030498765431\"}}]");

        assertThat(list.items()).hasSize(1);
        assertThat(list.rejected()).extracting(RejectedItem::index).containsExactly(0, 1, 2);
        assertThat(list.rejected()).extracting(RejectedItem::productOrderId).containsOnlyNulls();
    }

    @Test
    void anEmptyArrayIsACompleteEmptyList() throws IOException {
        PartialList<ProductOrderDetail> list = details.fromJson("[]");

        assertThat(list.items()).isEmpty();
        assertThat(list.isComplete()).isTrue();
    }

    @Test
    void somethingOtherThanAnArrayFailsTheResponse() {
        assertThatThrownBy(() -> details.fromJson("{\"productOrder\":{}}")).isInstanceOf(JsonDataException.class);
    }

    @Test
    void unknownEnumValuesInsideTheListAreKeptNotRejected() throws IOException {
        PartialList<ProductOrderDetail> list = details.fromJson(
                "[{\"productOrder\":{\"productOrderId\":\"1\",\"productOrderStatus\":\"ON_THE_MOON\"}}]");

        assertThat(list.isComplete()).isTrue();
        Coded<ProductOrderStatus> status = list.items().get(0).productOrder().productOrderStatus();
        assertThat(status.value()).isEqualTo(ProductOrderStatus.UNKNOWN);
        assertThat(status.raw()).isEqualTo("ON_THE_MOON");
    }

    @Test
    void numbersKeepEveryDigitThroughTheElementBuffer() throws IOException {
        // 2^53 + 1 cannot survive a detour through double
        PartialList<ProductOrderDetail> list = details.fromJson(
                "[{\"productOrder\":{\"groupProductId\":9007199254740993,\"productId\":9284716350}}]");

        assertThat(list.items().get(0).productOrder().groupProductId()).isEqualTo(9_007_199_254_740_993L);
        assertThat(list.items().get(0).productOrder().productId()).isEqualTo("9284716350");
    }

    @Test
    void writingWritesOnlyTheItems() {
        LastChangeStatus status = new LastChangeStatus("2022051120592121", "2022051122441251", null, null,
                OffsetDateTime.of(2022, 5, 11, 12, 5, 26, 0, ZoneOffset.UTC), null, null, null, false, null);
        PartialList<LastChangeStatus> list = new PartialList<>(List.of(status),
                List.of(new RejectedItem(1, "2022051122442301", "bad date")));
        JsonAdapter<PartialList<LastChangeStatus>> adapter =
                moshi.adapter(Types.newParameterizedType(PartialList.class, LastChangeStatus.class));

        assertThat(adapter.toJson(list)).isEqualTo("[{\"orderId\":\"2022051120592121\","
                + "\"productOrderId\":\"2022051122441251\",\"lastChangedDate\":\"2022-05-11T21:05:26.000+09:00\","
                + "\"receiverAddressChanged\":false}]");
    }

    @Test
    void aNullListStaysNull() throws IOException {
        assertThat(details.fromJson("null")).isNull();
    }

    private static String change(String productOrderId, String lastChangedDate) {
        return "{\"productOrderStatus\":\"PAYED\",\"productOrderId\":\"" + productOrderId + "\","
                + "\"orderId\":\"2022051120594131\",\"lastChangedDate\":\"" + lastChangedDate + "\","
                + "\"lastChangedType\":\"PAYED\",\"receiverAddressChanged\":false}";
    }
}
