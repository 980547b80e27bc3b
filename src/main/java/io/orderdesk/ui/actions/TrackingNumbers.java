package io.orderdesk.ui.actions;

import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.TrackingNumberRule;

/**
 * The dispatch dialog's view of {@link TrackingNumberRule}, the one rule for tracking numbers (it lives in the domain
 * so the spreadsheet import judges numbers the same way); see there for what is accepted.
 */
public final class TrackingNumbers {

    /** What is wrong with a tracking number. */
    public enum Problem { REQUIRED, HYPHEN, DIGITS_ONLY, DIGITS_LENGTH, LETTERS_AND_DIGITS, REPEATED }

    public static final int DOMESTIC_MIN = TrackingNumberRule.DOMESTIC_MIN;
    public static final int DOMESTIC_MAX = TrackingNumberRule.DOMESTIC_MAX;
    public static final int OTHER_MIN = TrackingNumberRule.OTHER_MIN;
    public static final int OTHER_MAX = TrackingNumberRule.OTHER_MAX;

    private TrackingNumbers() {
    }

    /** The number as it will be sent: without surrounding spaces. */
    public static String normalize(String typed) {
        return TrackingNumberRule.normalize(typed);
    }

    /** True for the carriers whose numbers must be 9–14 digits. */
    public static boolean isDomesticParcel(DeliveryCompany company) {
        return TrackingNumberRule.isDomesticParcel(company);
    }

    /** The problem with {@code typed} for {@code company} (null when not chosen yet), or null when plausible. */
    public static Problem check(DeliveryCompany company, String typed) {
        TrackingNumberRule.Problem problem = TrackingNumberRule.check(company, typed);
        return problem == null ? null : Problem.valueOf(problem.name());
    }
}
