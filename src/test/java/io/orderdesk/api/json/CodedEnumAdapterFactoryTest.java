package io.orderdesk.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.Coded;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.ProductOrderStatus;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class CodedEnumAdapterFactoryTest {

    private final Moshi moshi = NpayJson.moshi();
    private final JsonAdapter<Coded<ProductOrderStatus>> status =
            moshi.adapter(Types.newParameterizedType(Coded.class, ProductOrderStatus.class));

    @Test
    void knownCodeMapsToItsMember() throws IOException {
        Coded<ProductOrderStatus> coded = status.fromJson("\"PAYED\"");

        assertThat(coded.value()).isEqualTo(ProductOrderStatus.PAYED);
        assertThat(coded.isKnown()).isTrue();
    }

    @Test
    void unknownCodeIsKeptVerbatimAndMapsToUnknown() throws IOException {
        Coded<ProductOrderStatus> coded = status.fromJson("\"PAYED_BY_FUTURE_MEANS\"");

        assertThat(coded.value()).isEqualTo(ProductOrderStatus.UNKNOWN);
        assertThat(coded.raw()).isEqualTo("PAYED_BY_FUTURE_MEANS");
        assertThat(coded.isKnown()).isFalse();
        assertThat(status.toJson(coded)).isEqualTo("\"PAYED_BY_FUTURE_MEANS\"");
    }

    @Test
    void caseIsSignificantSoALowerCaseCodeIsUnknownButKept() throws IOException {
        Coded<ProductOrderStatus> coded = status.fromJson("\"payed\"");

        assertThat(coded.value()).isEqualTo(ProductOrderStatus.UNKNOWN);
        assertThat(coded.raw()).isEqualTo("payed");
    }

    @Test
    void nullStaysNull() throws IOException {
        assertThat(status.fromJson("null")).isNull();
        assertThat(status.toJson(null)).isEqualTo("null");
    }

    @Test
    void aNumericCodeIsReadAsItsText() throws IOException {
        JsonAdapter<Coded<ClaimStatus>> claim =
                moshi.adapter(Types.newParameterizedType(Coded.class, ClaimStatus.class));

        Coded<ClaimStatus> coded = claim.fromJson("104442");

        assertThat(coded.raw()).isEqualTo("104442");
        assertThat(coded.value()).isEqualTo(ClaimStatus.UNKNOWN);
    }

    @Test
    void anObjectWhereACodeBelongsIsADataError() {
        assertThatThrownBy(() -> status.fromJson("{\"code\":\"PAYED\"}")).isInstanceOf(JsonDataException.class);
    }

    @Test
    void bareEnumIsWrittenAsItsCodeNotItsName() {
        JsonAdapter<DeliveryCompany> company = moshi.adapter(DeliveryCompany.class);

        assertThat(company.toJson(DeliveryCompany.HOME_1004)).isEqualTo("\"1004HOME\"");
        assertThat(company.toJson(DeliveryCompany.HYUNDAI)).isEqualTo("\"HYUNDAI\"");
    }

    @Test
    void bareEnumReadsCodesAndMapsUnknownOnesToUnknown() throws IOException {
        JsonAdapter<DeliveryCompany> company = moshi.adapter(DeliveryCompany.class);

        assertThat(company.fromJson("\"1004HOME\"")).isEqualTo(DeliveryCompany.HOME_1004);
        assertThat(company.fromJson("\"NEW_CARRIER_2031\"")).isEqualTo(DeliveryCompany.UNKNOWN);
    }

    @Test
    void rawCodedWithoutItsEnumTypeIsRejectedAtSetUp() {
        assertThatThrownBy(() -> moshi.adapter(Coded.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
