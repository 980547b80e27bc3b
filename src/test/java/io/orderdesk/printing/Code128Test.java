package io.orderdesk.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Code128Test {

    @Test
    void setBWeighsEachValueByItsPosition() {
        // 104 + 48·1 + 42·2 + 42·3 + 17·4 + 18·5 + 19·6 + 35·7 = 879; 879 mod 103 = 55
        List<Integer> symbols = Code128.symbols("PJJ123C");

        assertThat(symbols).containsExactly(104, 48, 42, 42, 17, 18, 19, 35, 55, 106);
    }

    @Test
    void digitsGoInPairsInSetC() {
        // 105 + 12·1 + 34·2 = 185; 185 mod 103 = 82
        assertThat(Code128.symbols("1234")).containsExactly(105, 12, 34, 82, 106);
    }

    @Test
    void aProductOrderNumberIsEightPairsAndItsCheckValue() {
        List<Integer> symbols = Code128.symbols("2026112900000001");

        assertThat(symbols.subList(0, 9)).containsExactly(105, 20, 26, 11, 29, 0, 0, 0, 1);
        int sum = 105 + 20 + 26 * 2 + 11 * 3 + 29 * 4 + 1 * 8;
        assertThat(symbols.get(9)).isEqualTo(sum % 103);
        assertThat(symbols.get(10)).isEqualTo(106);
    }

    @Test
    void anOddNumberOfDigitsEndsWithOneDigitInSetB() {
        // 105 + 12·1 + 34·2 + 100·3 + ('5'-32=21)·4 = 569; 569 mod 103 = 54
        assertThat(Code128.symbols("12345")).containsExactly(105, 12, 34, 100, 21, 54, 106);
    }

    @Test
    void startAndStopHaveTheirStandardPatterns() {
        assertThat(Code128.pattern(104)).isEqualTo("211214");
        assertThat(Code128.pattern(105)).isEqualTo("211232");
        assertThat(Code128.pattern(106)).isEqualTo("2331112");
        assertThat(Code128.pattern(0)).isEqualTo("212222");
        assertThat(Code128.pattern(99)).isEqualTo("113141");
    }

    @Test
    void everySymbolIsElevenModulesAndUnique() {
        Set<String> seen = new HashSet<>();
        for (int value = 0; value < 106; value++) {
            String pattern = Code128.pattern(value);
            assertThat(pattern.chars().map(c -> c - '0').sum()).as("value %d", value).isEqualTo(11);
            assertThat(seen.add(pattern)).as("value %d is unique", value).isTrue();
        }
        assertThat(Code128.pattern(106).chars().map(c -> c - '0').sum()).isEqualTo(13);
    }

    @Test
    void widthsStartWithTheStartBarsAndEndWithTheStopBar() {
        int[] widths = Code128.widths("1234");

        assertThat(Arrays.copyOfRange(widths, 0, 6)).containsExactly(2, 1, 1, 2, 3, 2);
        assertThat(Arrays.copyOfRange(widths, widths.length - 7, widths.length)).containsExactly(2, 3, 3, 1, 1, 1, 2);
        // start, two data symbols, check (11 modules each) and stop (13)
        assertThat(Arrays.stream(widths).sum()).isEqualTo(4 * 11 + 13);
        assertThat(widths.length % 2).as("ends with a bar").isEqualTo(1);
    }

    @Test
    void refusesWhatItCannotEncode() {
        assertThatThrownBy(() -> Code128.symbols("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Code128.symbols("주문")).isInstanceOf(IllegalArgumentException.class);
    }
}
