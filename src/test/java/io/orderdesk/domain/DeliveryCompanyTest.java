package io.orderdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeliveryCompanyTest {

    @Test
    void namesFollowNaverCodesRatherThanBrands() {
        assertThat(DeliveryCompany.HYUNDAI.label()).isEqualTo("롯데택배");
        assertThat(DeliveryCompany.KGB.label()).isEqualTo("로젠택배");
        assertThat(DeliveryCompany.CJGLS.label()).isEqualTo("CJ대한통운");
        assertThat(DeliveryCompany.CH1.label()).isEqualTo("기타택배");
    }

    @Test
    void codesThatAreNotJavaNamesStillRoundTrip() {
        assertThat(DeliveryCompany.HOME_1004.code()).isEqualTo("1004HOME");
        assertThat(Coded.of(DeliveryCompany.class, "1004HOME").value()).isEqualTo(DeliveryCompany.HOME_1004);
    }

    @Test
    void theSwappedReferenceRowIsReadAsCodeGsTheFresh() {
        assertThat(DeliveryCompany.GSTHEFRESH.code()).isEqualTo("GSTHEFRESH");
        assertThat(DeliveryCompany.GSTHEFRESH.label()).isEqualTo("GS더프레시");
        assertThat(Coded.of(DeliveryCompany.class, "GS더프레시").isKnown()).isFalse();
    }

    @Test
    void keepsTheReferenceOrder() {
        DeliveryCompany[] all = DeliveryCompany.values();

        assertThat(all[0]).isEqualTo(DeliveryCompany.CJGLS);
        assertThat(all[1]).isEqualTo(DeliveryCompany.HYUNDAI);
        assertThat(all[all.length - 2]).isEqualTo(DeliveryCompany.CU);
        assertThat(all[all.length - 1]).isEqualTo(DeliveryCompany.UNKNOWN);
    }

    @Test
    void searchFindsByKoreanName() {
        assertThat(DeliveryCompany.search("로젠")).containsExactly(DeliveryCompany.KGB);
        assertThat(DeliveryCompany.search("롯데")).containsExactly(
                DeliveryCompany.HYUNDAI, DeliveryCompany.HLCGLOBAL, DeliveryCompany.LOTTECHILSUNG);
    }

    @Test
    void searchFindsByCodeIgnoringCase() {
        assertThat(DeliveryCompany.search("kgb")).containsExactly(DeliveryCompany.KGB);
        assertThat(DeliveryCompany.search("1004h")).containsExactly(DeliveryCompany.HOME_1004);
    }

    @Test
    void searchIgnoresSpaces() {
        assertThat(DeliveryCompany.search(" 우체국 택배 ")).containsExactly(DeliveryCompany.EPOST);
        assertThat(DeliveryCompany.search("ktexpress")).containsExactly(DeliveryCompany.KT);
    }

    @Test
    void blankSearchListsEveryCarrierButNeverUnknown() {
        assertThat(DeliveryCompany.search("")).hasSize(203).doesNotContain(DeliveryCompany.UNKNOWN);
        assertThat(DeliveryCompany.search(null)).hasSize(203);
        assertThat(DeliveryCompany.search("알 수 없음")).isEmpty();
        assertThat(DeliveryCompany.search("unknown")).isEmpty();
    }

    @Test
    void searchWithoutMatchIsEmpty() {
        assertThat(DeliveryCompany.search("없는택배사")).isEmpty();
    }
}
