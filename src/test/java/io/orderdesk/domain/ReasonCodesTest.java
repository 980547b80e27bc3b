package io.orderdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReasonCodesTest {

    @Test
    void holdbackReasonsKeepTheApiMisspellings() {
        assertThat(HoldbackReason.EXTRAFEEE.code()).isEqualTo("EXTRAFEEE");
        assertThat(HoldbackReason.RETURN_DELIVERYFEE_AND_EXTRAFEEE.code()).isEqualTo("RETURN_DELIVERYFEE_AND_EXTRAFEEE");
        assertThat(HoldbackReason.EXCHANGE_EXTRAFEE.code()).isEqualTo("EXCHANGE_EXTRAFEE");
        assertThat(Coded.of(HoldbackReason.class, "EXTRAFEE").isKnown()).isFalse();
    }

    @Test
    void requestReasonsAreClaimReasonsToo() {
        assertThat(Arrays.stream(CancelRequestReason.values()))
                .allSatisfy(reason -> assertThat(Coded.of(ClaimReason.class, reason.code()).isKnown()).isTrue());
        assertThat(Arrays.stream(ReturnRequestReason.values()))
                .allSatisfy(reason -> assertThat(Coded.of(ClaimReason.class, reason.code()).isKnown()).isTrue());
    }

    @Test
    void returnRequestsOfferMoreReasonsThanCancelRequests() {
        assertThat(Coded.of(CancelRequestReason.class, "BROKEN").isKnown()).isFalse();
        assertThat(ReturnRequestReason.BROKEN.label()).isEqualTo("상품 파손");
    }

    @Test
    void deliveryMethodUsesTheApisOwnUnknownCode() {
        assertThat(DeliveryMethod.UNKNOWN.label()).isEqualTo("알 수 없음(예외 처리에 사용)");
        assertThat(Coded.of(DeliveryMethod.class, "UNKNOWN").isKnown()).isTrue();
    }
}
