package io.orderdesk.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Whether a tracking number is plausible for its carrier, checked before anything is sent, so that Naver's
 * "비유효 송장" (104122) rarely comes back. The rule:
 * <ul>
 *   <li>Spaces at either end are ignored (scanners sometimes add one); hyphens are not accepted, because Naver wants
 *       the bare number and we would rather ask than guess.</li>
 *   <li>The five big domestic parcel carriers, CJ대한통운 ({@code CJGLS}), 롯데택배 ({@code HYUNDAI}), 한진택배
 *       ({@code HANJIN}), 우체국택배 ({@code EPOST}) and 로젠택배 ({@code KGB}), print 10–13 digit numbers: we accept
 *       9–14 ASCII digits, so a slightly different format never blocks a real parcel.</li>
 *   <li>Any other carrier (international, convenience stores, freight): 6–30 ASCII letters and digits with at least
 *       one digit, since their formats vary too much to say more.</li>
 *   <li>One character repeated throughout ({@code 0000000000}) is a placeholder, not a number.</li>
 * </ul>
 * Shared by the dispatch dialog and the spreadsheet import, so both judge a number the same way.
 */
public final class TrackingNumberRule {

    /** What is wrong with a tracking number. */
    public enum Problem { REQUIRED, HYPHEN, DIGITS_ONLY, DIGITS_LENGTH, LETTERS_AND_DIGITS, REPEATED }

    public static final int DOMESTIC_MIN = 9;
    public static final int DOMESTIC_MAX = 14;
    public static final int OTHER_MIN = 6;
    public static final int OTHER_MAX = 30;

    private static final Set<DeliveryCompany> DOMESTIC = EnumSet.of(DeliveryCompany.CJGLS, DeliveryCompany.HYUNDAI,
            DeliveryCompany.HANJIN, DeliveryCompany.EPOST, DeliveryCompany.KGB);

    private TrackingNumberRule() {
    }

    /** The number as it will be sent: without surrounding spaces. */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.strip();
    }

    /** True for the carriers whose numbers must be 9–14 digits. */
    public static boolean isDomesticParcel(DeliveryCompany company) {
        return DOMESTIC.contains(company);
    }

    /** The problem with {@code typed} for {@code company} (null when not chosen yet), or null when plausible. */
    public static Problem check(DeliveryCompany company, String typed) {
        String number = normalize(typed);
        if (number.isEmpty()) {
            return Problem.REQUIRED;
        }
        if (number.indexOf('-') >= 0) {
            return Problem.HYPHEN;
        }
        if (isDomesticParcel(company)) {
            if (!number.chars().allMatch(TrackingNumberRule::isAsciiDigit)) {
                return Problem.DIGITS_ONLY;
            }
            if (number.length() < DOMESTIC_MIN || number.length() > DOMESTIC_MAX) {
                return Problem.DIGITS_LENGTH;
            }
        } else if (number.length() < OTHER_MIN || number.length() > OTHER_MAX
                || !number.chars().allMatch(c -> isAsciiDigit(c) || isAsciiLetter(c))
                || number.chars().noneMatch(TrackingNumberRule::isAsciiDigit)) {
            return Problem.LETTERS_AND_DIGITS;
        }
        return number.chars().distinct().count() == 1 ? Problem.REPEATED : null;
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
