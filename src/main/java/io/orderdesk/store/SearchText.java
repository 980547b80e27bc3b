package io.orderdesk.store;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text rules of the order search, kept apart so they can be tested alone: Hangul initial consonants (초성), and the
 * normalisation of phone and tracking numbers that people type with spaces and dashes.
 */
public final class SearchText {

    /** The 19 initial consonants in the order of the Unicode syllable block, as compatibility jamo (what keyboards type). */
    private static final String CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
    private static final char SYLLABLE_FIRST = 0xAC00;
    private static final char SYLLABLE_LAST = 0xD7A3;
    private static final int SYLLABLES_PER_INITIAL = 21 * 28;
    private static final char CONJOINING_CHOSEONG_FIRST = 0x1100;
    private static final char CONJOINING_CHOSEONG_LAST = 0x1112;

    private SearchText() {
    }

    /**
     * The initial consonants of the Hangul in the text, e.g. 홍길동 → ㅎㄱㄷ. Anything that is not Hangul (spaces,
     * Latin letters, digits, masking stars) is dropped, so "홍 길동" still gives ㅎㄱㄷ; consonants already typed as jamo
     * are kept.
     */
    public static String initials(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char initial = initialOf(text.charAt(i));
            if (initial != 0) {
                out.append(initial);
            }
        }
        return out.toString();
    }

    /** True for a non-empty text made only of initial consonants (ㄱ…ㅎ, double ones included), e.g. ㅎㄱㄷ. */
    public static boolean isInitialsOnly(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (CHOSEONG.indexOf(c) < 0 && !(c >= CONJOINING_CHOSEONG_FIRST && c <= CONJOINING_CHOSEONG_LAST)) {
                return false;
            }
        }
        return true;
    }

    /** The digits of the text, e.g. "010-1234 5678" → "01012345678". */
    public static String digits(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The last four digits of a phone number, also of a masked one ("010-****-6789"); {@code null} if fewer. */
    public static String phoneTail(String phone) {
        String digits = digits(phone);
        return digits.length() < 4 ? null : digits.substring(digits.length() - 4);
    }

    /** A tracking number or id without spaces and dashes, upper-cased, e.g. "6012-3456 7890" → "601234567890". */
    public static String compact(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '-') {
                out.append(c);
            }
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /**
     * What a query or a searched name is compared as: composed Hangul (macOS may type it decomposed), lower case,
     * trimmed, with runs of whitespace as one space.
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return composed.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static char initialOf(char c) {
        if (c >= SYLLABLE_FIRST && c <= SYLLABLE_LAST) {
            return CHOSEONG.charAt((c - SYLLABLE_FIRST) / SYLLABLES_PER_INITIAL);
        }
        if (c >= CONJOINING_CHOSEONG_FIRST && c <= CONJOINING_CHOSEONG_LAST) {
            return CHOSEONG.charAt(c - CONJOINING_CHOSEONG_FIRST);
        }
        return CHOSEONG.indexOf(c) >= 0 ? c : 0;
    }
}
