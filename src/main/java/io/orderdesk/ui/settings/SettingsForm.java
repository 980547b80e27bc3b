package io.orderdesk.ui.settings;

import io.orderdesk.sync.ConnectionSettings;

/** The form as typed, numbers still text, for {@link SettingsValidator}. */
record SettingsForm(String environment, String baseUrl, String clientId, String newSecret, boolean secretSaved,
                    String merchantId, String operatorName, String refreshMinutes, String backfillDays) {

    boolean isDemo() {
        return ConnectionSettings.DEMO.equals(environment);
    }

    boolean isCustom() {
        return ConnectionSettings.CUSTOM.equals(environment);
    }
}
