package io.orderdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void initialsOfHangulNames() {
        assertThat(SearchText.initials("홍길동")).isEqualTo("ㅎㄱㄷ");
        assertThat(SearchText.initials("까치 뽀또")).isEqualTo("ㄲㅊㅃㄸ");
        assertThat(SearchText.initials("가힣")).as("the first and last syllables").isEqualTo("ㄱㅎ");
        assertThat(SearchText.initials("김*지 Kim 2")).as("non-Hangul dropped").isEqualTo("ㄱㅈ");
        assertThat(SearchText.initials(Normalizer.normalize("홍길동", Normalizer.Form.NFD))).isEqualTo("ㅎㄱㄷ");
        assertThat(SearchText.initials(null)).isEmpty();
    }

    @Test
    void recognisesQueriesMadeOfInitialsOnly() {
        assertThat(SearchText.isInitialsOnly("ㅎㄱㄷ")).isTrue();
        assertThat(SearchText.isInitialsOnly("ㄲㅉ")).isTrue();
        assertThat(SearchText.isInitialsOnly("ㅎㄱ동")).isFalse();
        assertThat(SearchText.isInitialsOnly("ㅏㅎ")).as("a vowel").isFalse();
        assertThat(SearchText.isInitialsOnly("ㄳ")).as("a final-only cluster").isFalse();
        assertThat(SearchText.isInitialsOnly("")).isFalse();
    }

    @Test
    void phoneTailsIgnoreDashesSpacesAndMasks() {
        assertThat(SearchText.phoneTail("010-2345-6789")).isEqualTo("6789");
        assertThat(SearchText.phoneTail("010 2345 6789")).isEqualTo("6789");
        assertThat(SearchText.phoneTail("010-****-6789")).isEqualTo("6789");
        assertThat(SearchText.phoneTail("+82 10-1234-0007")).isEqualTo("0007");
        assertThat(SearchText.phoneTail("12-3")).isNull();
        assertThat(SearchText.phoneTail(null)).isNull();
    }

    @Test
    void trackingNumbersCompareWithoutSeparators() {
        assertThat(SearchText.compact("6012-3456 7890")).isEqualTo("601234567890");
        assertThat(SearchText.compact(" d2485-799470 ")).isEqualTo("D2485799470");
        assertThat(SearchText.digits("주문 2024-03-04")).isEqualTo("20240304");
    }

    @Test
    void queriesAreComposedTrimmedAndLowerCased() {
        assertThat(SearchText.normalise("  KNIT \t 가디건 ")).isEqualTo("knit 가디건");
        assertThat(SearchText.normalise(Normalizer.normalize("길동", Normalizer.Form.NFD))).isEqualTo("길동");
        assertThat(SearchText.normalise(null)).isEmpty();
    }
}
