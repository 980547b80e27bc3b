package io.orderdesk.ui.actionlog;

import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.TrackingNumberRule;

/**
 * The check on a corrected carrier and tracking number before a line is sent again. The number itself is judged by
 * {@link TrackingNumberRule}, the rule the action dialogs and the import use, so a number they refuse is not let
 * through here; this adds which of carrier and number a line needs:
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

    private TrackingRule() {
    }

    /** The number as it is sent: without surrounding spaces; null when blank. */
    static String normalize(String typed) {
        String number = TrackingNumberRule.normalize(typed);
        return number.isEmpty() ? null : number;
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
        TrackingNumberRule.Problem problem = TrackingNumberRule.check(company, typed);
        if (problem == null) {
            return null;
        }
        return switch (problem) {
            case REQUIRED -> Problem.NUMBER_REQUIRED;
            case HYPHEN -> Problem.HYPHEN;
            case DIGITS_ONLY, DIGITS_LENGTH -> Problem.DIGITS;
            case LETTERS_AND_DIGITS -> Problem.LETTERS_AND_DIGITS;
            case REPEATED -> Problem.REPEATED;
        };
    }
}
