package io.orderdesk.ui.actionlog;

import io.orderdesk.domain.DeliveryCompany;
import java.util.EnumSet;
import java.util.Set;

/**
 * The check on a corrected carrier and tracking number before a line is sent again. It uses the same thresholds as
 * the action dialogs, so a number the dialog refused is not let through here:
 * <ul>
 *   <li>a parcel line of 발송 처리 or 교환 재배송 needs both a carrier and a number; a 반품 요청 may leave both out,
 *       but not just one;</li>
 *   <li>spaces around the number are dropped; a hyphen is refused, Naver wants the bare number;</li>
 *   <li>CJ대한통운, 롯데택배, 한진택배, 우체국택배 and 로젠택배 print 10–13 digits: 9–14 ASCII digits pass;</li>
 *   <li>any other carrier: 6–30 ASCII letters and digits with at least one digit;</li>
 *   <li>one character repeated throughout ({@code 0000000000}) is a placeholder, not a number.</li>
 * </ul>
 */
final class TrackingRule {

    /** What is wrong; each has a sentence under {@code actionlog.tracking.} in the bundle. */
    enum Problem { CARRIER_REQUIRED, NUMBER_REQUIRED, HYPHEN, DIGITS, LETTERS_AND_DIGITS, REPEATED }

    private static final Set<DeliveryCompany> DOMESTIC = EnumSet.of(DeliveryCompany.CJGLS, DeliveryCompany.HYUNDAI,
            DeliveryCompany.HANJIN, DeliveryCompany.EPOST, DeliveryCompany.KGB);

    private TrackingRule() {
    }

    /** The number as it is sent: without surrounding spaces; null when blank. */
    static String normalize(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    /**
     * @param required true for parcel lines of 발송 처리 and 교환 재배송; false for 반품 요청, where both may be left out
     * @return the problem, or null when the pair may be sent
     */
    static Problem check(DeliveryCompany company, String typed, boolean required) {
        String number = normalize(typed);
        if (!required && company == null && number == null) {
            return null;
        }
        if (company == null) {
            return Problem.CARRIER_REQUIRED;
        }
        if (number == null) {
            return Problem.NUMBER_REQUIRED;
        }
        if (number.indexOf('-') >= 0) {
            return Problem.HYPHEN;
        }
        boolean digitsOnly = number.chars().allMatch(TrackingRule::isDigit);
        if (DOMESTIC.contains(company)) {
            if (!digitsOnly || number.length() < 9 || number.length() > 14) {
                return Problem.DIGITS;
            }
        } else if (number.length() < 6 || number.length() > 30
                || !number.chars().allMatch(c -> isDigit(c) || isLetter(c))
                || number.chars().noneMatch(TrackingRule::isDigit)) {
            return Problem.LETTERS_AND_DIGITS;
        }
        return number.chars().distinct().count() == 1 ? Problem.REPEATED : null;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
