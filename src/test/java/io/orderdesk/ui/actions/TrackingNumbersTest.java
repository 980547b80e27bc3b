package io.orderdesk.ui.actions;

import static io.orderdesk.domain.DeliveryCompany.CJGLS;
import static io.orderdesk.domain.DeliveryCompany.DHL;
import static io.orderdesk.domain.DeliveryCompany.EPOST;
import static io.orderdesk.domain.DeliveryCompany.HANJIN;
import static io.orderdesk.domain.DeliveryCompany.HYUNDAI;
import static io.orderdesk.domain.DeliveryCompany.KGB;
import static io.orderdesk.domain.DeliveryCompany.KDEXP;
import static io.orderdesk.ui.actions.TrackingNumbers.Problem.DIGITS_LENGTH;
import static io.orderdesk.ui.actions.TrackingNumbers.Problem.DIGITS_ONLY;
import static io.orderdesk.ui.actions.TrackingNumbers.Problem.HYPHEN;
import static io.orderdesk.ui.actions.TrackingNumbers.Problem.LETTERS_AND_DIGITS;
import static io.orderdesk.ui.actions.TrackingNumbers.Problem.REPEATED;
import static io.orderdesk.ui.actions.TrackingNumbers.Problem.REQUIRED;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.DeliveryCompany;
import org.junit.jupiter.api.Test;

class TrackingNumbersTest {

    @Test
    void theBigDomesticCarriersTakeNineToFourteenDigits() {
        for (DeliveryCompany company : new DeliveryCompany[] {CJGLS, HYUNDAI, HANJIN, EPOST, KGB}) {
            assertThat(TrackingNumbers.isDomesticParcel(company)).isTrue();
            assertThat(TrackingNumbers.check(company, "123456789")).as(company.label()).isNull();
            assertThat(TrackingNumbers.check(company, "12345678901234")).isNull();
            assertThat(TrackingNumbers.check(company, "12345678")).isEqualTo(DIGITS_LENGTH);
            assertThat(TrackingNumbers.check(company, "123456789012345")).isEqualTo(DIGITS_LENGTH);
            assertThat(TrackingNumbers.check(company, "12345678901A")).isEqualTo(DIGITS_ONLY);
        }
        assertThat(TrackingNumbers.check(EPOST, "６０１２３４５６７８９０１")).as("full-width digits").isEqualTo(DIGITS_ONLY);
    }

    @Test
    void hyphensBlanksAndPlaceholdersAreRefusedButOuterSpacesIgnored() {
        assertThat(TrackingNumbers.check(CJGLS, "6012-3456-7890")).isEqualTo(HYPHEN);
        assertThat(TrackingNumbers.check(DHL, "JD-0146000062")).isEqualTo(HYPHEN);
        assertThat(TrackingNumbers.check(CJGLS, "   ")).isEqualTo(REQUIRED);
        assertThat(TrackingNumbers.check(CJGLS, null)).isEqualTo(REQUIRED);
        assertThat(TrackingNumbers.check(CJGLS, "000000000000")).isEqualTo(REPEATED);
        assertThat(TrackingNumbers.check(CJGLS, " 601234567890 ")).isNull();
        assertThat(TrackingNumbers.normalize(" 601234567890 ")).isEqualTo("601234567890");
        assertThat(TrackingNumbers.check(CJGLS, "6012 3456 7890")).isEqualTo(DIGITS_ONLY);
    }

    @Test
    void otherCarriersTakeSixToThirtyLettersAndDigitsWithADigit() {
        assertThat(TrackingNumbers.isDomesticParcel(DHL)).isFalse();
        assertThat(TrackingNumbers.check(DHL, "JD014600006281230704")).isNull();
        assertThat(TrackingNumbers.check(KDEXP, "123456")).isNull();
        assertThat(TrackingNumbers.check(KDEXP, "12345")).isEqualTo(LETTERS_AND_DIGITS);
        assertThat(TrackingNumbers.check(DHL, "A".repeat(29) + "1")).isNull();
        assertThat(TrackingNumbers.check(DHL, "A".repeat(30) + "1")).isEqualTo(LETTERS_AND_DIGITS);
        assertThat(TrackingNumbers.check(DHL, "ABCDEFGH")).isEqualTo(LETTERS_AND_DIGITS);
        assertThat(TrackingNumbers.check(DHL, "송장123456")).isEqualTo(LETTERS_AND_DIGITS);
        assertThat(TrackingNumbers.check(null, "AB123456")).as("no carrier chosen yet").isNull();
    }
}
