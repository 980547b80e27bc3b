package io.orderdesk.ui.settings;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * Checks the settings form and words each problem for the field it belongs to. The secret check mirrors what
 * Naver issues (a bcrypt salt such as {@code $2a$04$} and 22 characters) without reusing the API's code, which
 * the UI must not reach.
 */
final class SettingsValidator {

    static final int MAX_REFRESH_MINUTES = 720;
    static final int MAX_BACKFILL_DAYS = 365;
    static final int MAX_OPERATOR_LENGTH = 40;

    private static final Pattern SECRET = Pattern.compile("\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{22}");
    private static final Pattern URL = Pattern.compile("https?://[^\\s/]+(/\\S*)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_SPACES = Pattern.compile("\\S{1,100}");

    private final ResourceBundle bundle;

    SettingsValidator(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** A message per invalid field; empty when everything may be saved. */
    Map<SettingsField, String> validate(SettingsForm form) {
        Map<SettingsField, String> errors = new EnumMap<>(SettingsField.class);
        String operator = form.operatorName().trim();
        if (operator.isEmpty()) {
            errors.put(SettingsField.OPERATOR_NAME, text("settings.error.operatorRequired"));
        } else if (operator.length() > MAX_OPERATOR_LENGTH) {
            errors.put(SettingsField.OPERATOR_NAME, text("settings.error.operatorTooLong", MAX_OPERATOR_LENGTH));
        }
        if (!inRange(form.refreshMinutes(), MAX_REFRESH_MINUTES)) {
            errors.put(SettingsField.REFRESH_MINUTES, text("settings.error.refreshRange", MAX_REFRESH_MINUTES));
        }
        if (!inRange(form.backfillDays(), MAX_BACKFILL_DAYS)) {
            errors.put(SettingsField.BACKFILL_DAYS, text("settings.error.backfillRange", MAX_BACKFILL_DAYS));
        }
        if (!form.isDemo()) {
            connection(form, errors);
        }
        return errors;
    }

    private void connection(SettingsForm form, Map<SettingsField, String> errors) {
        if (form.isCustom() && !URL.matcher(form.baseUrl().trim()).matches()) {
            errors.put(SettingsField.BASE_URL, text("settings.error.baseUrl"));
        }
        String clientId = form.clientId().trim();
        if (clientId.isEmpty()) {
            errors.put(SettingsField.CLIENT_ID, text("settings.error.clientIdRequired"));
        } else if (!NO_SPACES.matcher(clientId).matches()) {
            errors.put(SettingsField.CLIENT_ID, text("settings.error.noSpaces"));
        }
        String secret = form.newSecret().trim();
        if (secret.isEmpty() && !form.secretSaved()) {
            errors.put(SettingsField.SECRET, text("settings.error.secretRequired"));
        } else if (!secret.isEmpty() && !SECRET.matcher(secret).matches()) {
            errors.put(SettingsField.SECRET, text("settings.error.secretFormat"));
        }
        String merchant = form.merchantId().trim();
        if (!merchant.isEmpty() && !NO_SPACES.matcher(merchant).matches()) {
            errors.put(SettingsField.MERCHANT_ID, text("settings.error.noSpaces"));
        }
    }

    /** Parses a whole number from 0 to {@code max}; anything else (letters, blanks, too big) is out of range. */
    static boolean inRange(String text, int max) {
        return parse(text, -1) >= 0 && parse(text, -1) <= max;
    }

    static int parse(String text, int fallback) {
        String trimmed = text == null ? "" : text.trim();
        if (!trimmed.matches("\\d{1,6}")) {
            return fallback;
        }
        return Integer.parseInt(trimmed);
    }

    private String text(String key, Object... arguments) {
        return arguments.length == 0 ? bundle.getString(key) : MessageFormat.format(bundle.getString(key), arguments);
    }
}
