package io.orderdesk.ui.settings;

import io.orderdesk.store.Settings;
import io.orderdesk.sync.ConnectionCheck;
import io.orderdesk.sync.ConnectionCheckProblem;
import io.orderdesk.sync.ConnectionCheckRequest;
import io.orderdesk.sync.ConnectionCheckResult;
import java.util.Optional;

/** The real {@link SettingsGateway}: the store's settings (the secret encrypted) and {@link ConnectionCheck}. */
public final class StoreSettingsGateway implements SettingsGateway {

    private final Settings settings;
    private final ConnectionCheck check;
    private final ConnectionCheckRequest demoTarget;

    /**
     * @param demoTarget where the API check goes in demo mode (the app's own sandbox), or null when the app runs
     *                   none; then demo mode has nothing to check
     */
    public StoreSettingsGateway(Settings settings, ConnectionCheck check, ConnectionCheckRequest demoTarget) {
        this.settings = settings;
        this.check = check;
        this.demoTarget = demoTarget;
    }

    @Override
    public SettingsValues load() {
        SettingsValues defaults = SettingsValues.defaults();
        return new SettingsValues(
                text(SettingKeys.ENVIRONMENT, defaults.environment()),
                text(SettingKeys.BASE_URL, ""),
                text(SettingKeys.CLIENT_ID, ""),
                text(SettingKeys.MERCHANT_ID, ""),
                text(SettingKeys.OPERATOR_NAME, ""),
                number(SettingKeys.REFRESH_MINUTES, defaults.refreshMinutes()),
                number(SettingKeys.BACKFILL_DAYS, defaults.backfillDays()),
                text(SettingKeys.LOCALE, defaults.locale()));
    }

    @Override
    public boolean hasSavedSecret() {
        return settings.getSecret(SettingKeys.CLIENT_SECRET).isPresent();
    }

    @Override
    public void save(SettingsValues values, String newSecret) {
        put(SettingKeys.ENVIRONMENT, values.environment());
        put(SettingKeys.BASE_URL, values.baseUrl());
        put(SettingKeys.CLIENT_ID, values.clientId());
        put(SettingKeys.MERCHANT_ID, values.merchantId());
        put(SettingKeys.OPERATOR_NAME, values.operatorName());
        put(SettingKeys.REFRESH_MINUTES, Integer.toString(values.refreshMinutes()));
        put(SettingKeys.BACKFILL_DAYS, Integer.toString(values.backfillDays()));
        put(SettingKeys.LOCALE, values.locale());
        if (newSecret != null && !newSecret.isBlank()) {
            settings.putSecret(SettingKeys.CLIENT_SECRET, newSecret.trim());
        }
    }

    @Override
    public ConnectionCheckResult check(SettingsValues values, String newSecret) {
        if (values.isDemo()) {
            return demoTarget != null ? check.run(demoTarget) : ConnectionCheckResult.failed(
                    ConnectionCheckProblem.INVALID_SETTINGS, "데모 모드에는 확인할 연결이 없습니다.", null, false);
        }
        String secret = newSecret != null && !newSecret.isBlank()
                ? newSecret : settings.getSecret(SettingKeys.CLIENT_SECRET).orElse(null);
        return check.run(new ConnectionCheckRequest(values.environment(), values.baseUrl(), values.clientId(),
                secret, values.merchantId()));
    }

    private String text(String name, String fallback) {
        return settings.get(name).orElse(fallback);
    }

    private int number(String name, int fallback) {
        Optional<String> value = settings.get(name);
        try {
            return value.map(String::trim).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Blank values are removed rather than stored, so "not set" stays distinguishable from "set to nothing". */
    private void put(String name, String value) {
        if (value == null || value.isBlank()) {
            settings.remove(name);
        } else {
            settings.put(name, value.trim());
        }
    }
}
