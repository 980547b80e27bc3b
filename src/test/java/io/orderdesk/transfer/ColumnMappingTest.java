package io.orderdesk.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.DeliveryCompany;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    @Test
    void koreanLabelProgramHeadersAreFound() {
        ColumnMapping mapping = ColumnMapping.detect(List.of("No", "받는분", "상품주문 번호", "택배사", "운송장번호"));

        assertThat(mapping).isEqualTo(new ColumnMapping(2, 3, 4));
        assertThat(mapping.isComplete()).isTrue();
    }

    @Test
    void apiFieldNamesAndCodesAreFound() {
        assertThat(ColumnMapping.detect(List.of("trackingNumber", "deliveryCompany", "productOrderId")))
                .isEqualTo(new ColumnMapping(2, 1, 0));
        assertThat(ColumnMapping.detect(List.of("상품주문번호", "택배사코드", "송장번호")))
                .isEqualTo(new ColumnMapping(0, 1, 2));
    }

    @Test
    void unknownColumnsLeaveTheMappingIncompleteUntilChosen() {
        ColumnMapping mapping = ColumnMapping.detect(List.of("이름", "전화", "메모"));

        assertThat(mapping).isEqualTo(new ColumnMapping(ColumnMapping.NONE, ColumnMapping.NONE, ColumnMapping.NONE));
        assertThat(mapping.isComplete()).isFalse();
        assertThat(mapping.withProductOrderId(0).withTrackingNumber(2).isComplete()).isTrue();
    }

    @Test
    void carriersAreReadFromCodesNamesAndShortNames() {
        assertThat(Carriers.parse("CJGLS")).isEqualTo(DeliveryCompany.CJGLS);
        assertThat(Carriers.parse(" CJ 대한통운 ")).isEqualTo(DeliveryCompany.CJGLS);
        assertThat(Carriers.parse("대한통운")).isEqualTo(DeliveryCompany.CJGLS);
        assertThat(Carriers.parse("롯데택배")).isEqualTo(DeliveryCompany.HYUNDAI);
        assertThat(Carriers.parse("hanjin")).isEqualTo(DeliveryCompany.HANJIN);
        assertThat(Carriers.parse("로젠")).isEqualTo(DeliveryCompany.KGB);
        assertThat(Carriers.parse("우체국 택배")).isEqualTo(DeliveryCompany.EPOST);
        assertThat(Carriers.parse("1004HOME")).isEqualTo(DeliveryCompany.HOME_1004);
        assertThat(Carriers.parse("번개배송")).isNull();
        assertThat(Carriers.parse("")).isNull();
        assertThat(Carriers.parse("UNKNOWN")).isNull();
    }
}
