package io.orderdesk.ui.settings;

import io.orderdesk.sync.ConnectionSettings;

/**
 * The settings the screen edits, apart from the secret, which only ever travels one way (screen to store).
 *
 * @param environment    {@link ConnectionSettings#DEMO}, {@code NPAY_SANDBOX}, {@code PRODUCTION} or {@code CUSTOM}
 * @param baseUrl        the base URL, used for {@code custom} only
 * @param refreshMinutes minutes between automatic refreshes, 0 = off
 * @param backfillDays   how many days the first sync reads back
 * @param locale         {@code ko} or {@code en}
 */
public record SettingsValues(String environment, String baseUrl, String clientId, String merchantId,
                             String operatorName, int refreshMinutes, int backfillDays, String locale) {

    public static final int DEFAULT_REFRESH_MINUTES = 5;
    public static final int DEFAULT_BACKFILL_DAYS = 7;
    public static final String KOREAN = "ko";
    public static final String ENGLISH = "en";

    /** What a new installation starts with: demo mode, Korean. */
    public static SettingsValues defaults() {
        return new SettingsValues(ConnectionSettings.DEMO, "", "", "", "", DEFAULT_REFRESH_MINUTES,
                DEFAULT_BACKFILL_DAYS, KOREAN);
    }

    public boolean isDemo() {
        return ConnectionSettings.DEMO.equals(environment);
    }
}
