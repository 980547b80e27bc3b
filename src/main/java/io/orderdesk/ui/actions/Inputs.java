package io.orderdesk.ui.actions;

import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.ui.orders.Formats;

/**
 * Checks of the free-form fields the dialogs share, each returning the Korean (or English) message to show next to
 * the field, or "" when the value is fine.
 */
final class Inputs {

    /** Longest free text we send: the API's documented limit for the cancel detail, used for every reason text. */
    static final int MAX_TEXT = 500;
    /** Highest extra fee accepted: 10,000,000 won, far above any real return or exchange fee, to catch typos. */
    static final long MAX_FEE = 10_000_000L;

    private final Formats formats;

    Inputs(Formats formats) {
        this.formats = formats;
    }

    String text(String key) {
        return formats.text(key);
    }

    String required(Object value) {
        return value == null ? formats.text("actions.error.choose") : "";
    }

    /** A text that must be given, at most {@code max} characters. */
    String requiredText(String text, int max) {
        if (text == null || text.isBlank()) {
            return formats.text("actions.error.textRequired");
        }
        return optionalText(text, max);
    }

    String optionalText(String text, int max) {
        int length = text == null ? 0 : text.strip().length();
        return length > max ? formats.text("actions.error.textTooLong", max, length) : "";
    }

    /** A quantity from 1 to {@code max}, typed as digits. */
    String quantity(String text, int max) {
        Long value = parse(text);
        if (value == null) {
            return formats.text("actions.error.quantity", max);
        }
        return value < 1 || value > max ? formats.text("actions.error.quantity", max) : "";
    }

    /** An optional won amount: blank, or a whole number from 0 up to {@link #MAX_FEE}; commas are allowed. */
    String fee(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String plain = text.strip().replace(",", "");
        if (plain.startsWith("-") && parse(plain.substring(1)) != null) {
            return formats.text("actions.error.feeNegative");
        }
        Long value = parse(plain);
        if (value == null) {
            return formats.text("actions.error.feeNumber");
        }
        return value > MAX_FEE ? formats.text("actions.error.feeTooHigh", formats.number(MAX_FEE)) : "";
    }

    /** What is wrong with a tracking number for the carrier (see {@link TrackingNumbers}), or "". */
    String tracking(DeliveryCompany company, String typed) {
        TrackingNumbers.Problem problem = TrackingNumbers.check(company, typed);
        if (problem == null) {
            return "";
        }
        String carrier = company == null ? "" : company.label();
        return switch (problem) {
            case REQUIRED -> formats.text("actions.tracking.required");
            case HYPHEN -> formats.text("actions.tracking.hyphen");
            case DIGITS_ONLY -> formats.text("actions.tracking.digitsOnly", carrier);
            case DIGITS_LENGTH -> formats.text("actions.tracking.digitsLength", carrier, TrackingNumbers.DOMESTIC_MIN,
                    TrackingNumbers.DOMESTIC_MAX, TrackingNumbers.normalize(typed).length());
            case LETTERS_AND_DIGITS -> formats.text("actions.tracking.lettersAndDigits", TrackingNumbers.OTHER_MIN,
                    TrackingNumbers.OTHER_MAX);
            case REPEATED -> formats.text("actions.tracking.repeated");
        };
    }

    /** The fee as sent: null when blank. Only call once {@link #fee} found no problem. */
    static Long feeValue(String text) {
        return text == null || text.isBlank() ? null : parse(text.strip().replace(",", ""));
    }

    /** Null for blank text, else the stripped text. */
    static String textValue(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Digits only (at most 12 of them), else null. */
    static Long parse(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > 12 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Long.parseLong(digits);
    }
}
