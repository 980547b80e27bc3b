package io.orderdesk.ui.actionlog;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.ui.actionlog.TrackingRule.Problem;
import org.junit.jupiter.api.Test;

class TrackingRuleTest {

    @Test
    void theFiveDomesticCarriersTakeNineToFourteenDigits() {
        assertThat(TrackingRule.check(DeliveryCompany.CJGLS, "612345678901", true)).isNull();
        assertThat(TrackingRule.check(DeliveryCompany.EPOST, "123456789", true)).isNull();
        assertThat(TrackingRule.check(DeliveryCompany.KGB, "12345678901234", true)).isNull();
        assertThat(TrackingRule.check(DeliveryCompany.HYUNDAI, "12345678", true)).isEqualTo(Problem.DIGITS);
        assertThat(TrackingRule.check(DeliveryCompany.HANJIN, "123456789012345", true)).isEqualTo(Problem.DIGITS);
        assertThat(TrackingRule.check(DeliveryCompany.CJGLS, "61234567890A", true)).isEqualTo(Problem.DIGITS);
        assertThat(TrackingRule.check(DeliveryCompany.CJGLS, "６１２３４５６７８９０１", true))
                .as("full-width digits are not ASCII").isEqualTo(Problem.DIGITS);
    }

    @Test
    void otherCarriersTakeLettersAndDigits() {
        assertThat(TrackingRule.check(DeliveryCompany.DHL, "JD014600006281", true)).isNull();
        assertThat(TrackingRule.check(DeliveryCompany.EMS, "EE12345", true)).isNull();
        assertThat(TrackingRule.check(DeliveryCompany.EMS, "EE123", true)).isEqualTo(Problem.LETTERS_AND_DIGITS);
        assertThat(TrackingRule.check(DeliveryCompany.FEDEX, "ABCDEFGH", true))
                .isEqualTo(Problem.LETTERS_AND_DIGITS);
        assertThat(TrackingRule.check(DeliveryCompany.FEDEX, "1234 5678", true))
                .isEqualTo(Problem.LETTERS_AND_DIGITS);
    }

    @Test
    void blanksHyphensAndPlaceholdersAreRefused() {
        assertThat(TrackingRule.check(null, "612345678901", true)).isEqualTo(Problem.CARRIER_REQUIRED);
        assertThat(TrackingRule.check(DeliveryCompany.CJGLS, "  ", true)).isEqualTo(Problem.NUMBER_REQUIRED);
        assertThat(TrackingRule.check(DeliveryCompany.CJGLS, "6123-4567-8901", true)).isEqualTo(Problem.HYPHEN);
        assertThat(TrackingRule.check(DeliveryCompany.CJGLS, "000000000000", true)).isEqualTo(Problem.REPEATED);
        assertThat(TrackingRule.check(DeliveryCompany.CJGLS, " 612345678901 ", true)).isNull();
        assertThat(TrackingRule.normalize(" 612345678901 ")).isEqualTo("612345678901");
    }

    @Test
    void optionalPairsMayBeEmptyButNotHalfFilled() {
        assertThat(TrackingRule.check(null, null, false)).isNull();
        assertThat(TrackingRule.check(null, " ", false)).isNull();
        assertThat(TrackingRule.check(DeliveryCompany.CJGLS, null, false)).isEqualTo(Problem.NUMBER_REQUIRED);
        assertThat(TrackingRule.check(null, "612345678901", false)).isEqualTo(Problem.CARRIER_REQUIRED);
        assertThat(TrackingRule.check(null, null, true)).isEqualTo(Problem.CARRIER_REQUIRED);
    }
}
