package io.orderdesk.printing;

import java.util.ArrayList;
import java.util.List;

/**
 * A Code 128 encoder (ISO/IEC 15417): digits-only text of even length goes in code set C (two digits a symbol, the
 * short barcode a 16-digit product order number needs), an odd number of digits starts in C and ends with one digit
 * in set B, anything else is printable ASCII in set B.
 */
public final class Code128 {

    static final int START_B = 104;
    static final int START_C = 105;
    static final int CODE_B = 100;
    static final int STOP = 106;

    /** Bar and space widths of each symbol value, in modules, bar first; the stop symbol has a final bar. */
    private static final String[] PATTERNS = {
            "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",
            "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",
            "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
            "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
            "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",
            "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
            "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
            "112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",
            "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
            "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",
            "114131", "311141", "411131", "211412", "211214", "211232", "2331112"};

    private Code128() {
    }

    /**
     * The symbol values of {@code text}: start, data, check value, stop.
     *
     * @throws IllegalArgumentException when the text is empty or has a character outside printable ASCII
     */
    public static List<Integer> symbols(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("Code 128 needs some text");
        }
        List<Integer> values = new ArrayList<>();
        boolean digits = text.chars().allMatch(c -> c >= '0' && c <= '9');
        if (digits && text.length() >= 2) {
            values.add(START_C);
            int pairs = text.length() / 2 * 2;
            for (int i = 0; i < pairs; i += 2) {
                values.add(Integer.parseInt(text.substring(i, i + 2)));
            }
            if (pairs < text.length()) {
                values.add(CODE_B);
                values.add(text.charAt(pairs) - 32);
            }
        } else {
            values.add(START_B);
            for (char c : text.toCharArray()) {
                if (c < 32 || c > 126) {
                    throw new IllegalArgumentException("Code 128 set B cannot encode '" + c + "'");
                }
                values.add(c - 32);
            }
        }
        values.add(check(values));
        values.add(STOP);
        return values;
    }

    /** The check value: the start value plus each data value times its position, modulo 103. */
    static int check(List<Integer> startAndData) {
        long sum = startAndData.get(0);
        for (int i = 1; i < startAndData.size(); i++) {
            sum += (long) i * startAndData.get(i);
        }
        return (int) (sum % 103);
    }

    /** The widths of bars and spaces of the whole barcode in modules, bar first, without quiet zones. */
    public static int[] widths(String text) {
        StringBuilder all = new StringBuilder();
        for (int value : symbols(text)) {
            all.append(PATTERNS[value]);
        }
        return all.chars().map(c -> c - '0').toArray();
    }

    /** The pattern of one symbol value, for tests and debugging. */
    static String pattern(int value) {
        return PATTERNS[value];
    }
}
