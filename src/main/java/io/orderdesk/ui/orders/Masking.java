package io.orderdesk.ui.orders;

/**
 * How the order list hides personal data that anyone walking past the screen could read: phone numbers keep their
 * area or carrier prefix and last four digits ({@code 010-****-1234}), addresses only their first part (province and
 * city or district). The detail pane shows both in full to whoever opens a line.
 */
public final class Masking {

    private static final String HIDDEN = "****";

    private Masking() {
    }

    /** {@code 010-1234-5678} → {@code 010-****-5678}; already masked or too short numbers are returned as they are. */
    public static String phone(String tel) {
        if (tel == null || tel.isBlank()) {
            return "";
        }
        if (tel.indexOf('*') >= 0) {
            return tel.trim();
        }
        String digits = tel.replaceAll("\\D", "");
        if (digits.length() < 8) {
            return HIDDEN;
        }
        return prefix(digits) + "-" + HIDDEN + "-" + digits.substring(digits.length() - 4);
    }

    /** For a line whose full number is not known, only the last four digits: {@code ***-****-5678}. */
    public static String phoneTail(String lastFour) {
        return lastFour == null || lastFour.isBlank() ? "" : "***-" + HIDDEN + "-" + lastFour;
    }

    /** {@code 서울특별시 마포구 월드컵북로 396} → {@code 서울특별시 마포구}. */
    public static String address(String baseAddress) {
        if (baseAddress == null || baseAddress.isBlank()) {
            return "";
        }
        String[] words = baseAddress.trim().split("\\s+");
        return words.length == 1 ? words[0] : words[0] + " " + words[1];
    }

    /** Seoul numbers start 02; 050x safe numbers and 070 keep four or three digits; mobiles and areas three. */
    private static String prefix(String digits) {
        if (digits.startsWith("02")) {
            return "02";
        }
        if (digits.startsWith("050") && digits.length() >= 12) {
            return digits.substring(0, 4);
        }
        return digits.substring(0, 3);
    }
}
