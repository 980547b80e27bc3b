package io.orderdesk.ui.orders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void phonesKeepTheirPrefixAndLastFourDigits() {
        assertThat(Masking.phone("010-2345-6789")).isEqualTo("010-****-6789");
        assertThat(Masking.phone("01023456789")).isEqualTo("010-****-6789");
        assertThat(Masking.phone("02-3153-0000")).isEqualTo("02-****-0000");
        assertThat(Masking.phone("0504-1234-5678")).isEqualTo("0504-****-5678");
        assertThat(Masking.phone("031 123 4567")).isEqualTo("031-****-4567");
    }

    @Test
    void alreadyMaskedShortAndMissingNumbersGiveNothingAway() {
        assertThat(Masking.phone("010-****-6789")).isEqualTo("010-****-6789");
        assertThat(Masking.phone("12345")).isEqualTo("****");
        assertThat(Masking.phone(null)).isEmpty();
        assertThat(Masking.phoneTail("1234")).isEqualTo("***-****-1234");
        assertThat(Masking.phoneTail(null)).isEmpty();
    }

    @Test
    void addressesShowOnlyTheirFirstPart() {
        assertThat(Masking.address("서울특별시 마포구 월드컵북로 396")).isEqualTo("서울특별시 마포구");
        assertThat(Masking.address("  제주특별자치도   제주시  첨단로 242 ")).isEqualTo("제주특별자치도 제주시");
        assertThat(Masking.address("세종특별자치시")).isEqualTo("세종특별자치시");
        assertThat(Masking.address(null)).isEmpty();
    }
}
