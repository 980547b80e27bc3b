package io.orderdesk.ui.settings;

import io.orderdesk.sync.ConnectionSettings;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The editable fields of the settings form, bound two-way to the controls; numbers stay text until validated. */
public final class SettingsInputs {

    private final StringProperty environment = new SimpleStringProperty(ConnectionSettings.DEMO);
    private final StringProperty baseUrl = new SimpleStringProperty("");
    private final StringProperty clientId = new SimpleStringProperty("");
    private final StringProperty newSecret = new SimpleStringProperty("");
    private final StringProperty merchantId = new SimpleStringProperty("");
    private final StringProperty operatorName = new SimpleStringProperty("");
    private final StringProperty refreshMinutes = new SimpleStringProperty("");
    private final StringProperty backfillDays = new SimpleStringProperty("");
    private final StringProperty locale = new SimpleStringProperty(SettingsValues.KOREAN);

    List<Observable> all() {
        return List.of(environment, baseUrl, clientId, newSecret, merchantId, operatorName, refreshMinutes,
                backfillDays, locale);
    }

    void apply(SettingsValues values) {
        environment.set(values.environment());
        baseUrl.set(values.baseUrl());
        clientId.set(values.clientId());
        newSecret.set("");
        merchantId.set(values.merchantId());
        operatorName.set(values.operatorName());
        refreshMinutes.set(Integer.toString(values.refreshMinutes()));
        backfillDays.set(Integer.toString(values.backfillDays()));
        locale.set(values.locale());
    }

    SettingsForm form(boolean secretSaved) {
        return new SettingsForm(environment.get(), baseUrl.get(), clientId.get(), newSecret.get(), secretSaved,
                merchantId.get(), operatorName.get(), refreshMinutes.get(), backfillDays.get());
    }

    /** The values to save or check; call only when the form is valid, or numbers fall back to the defaults. */
    SettingsValues values() {
        SettingsValues defaults = SettingsValues.defaults();
        return new SettingsValues(environment.get(), baseUrl.get().trim(), clientId.get().trim(),
                merchantId.get().trim(), operatorName.get().trim(),
                SettingsValidator.parse(refreshMinutes.get(), defaults.refreshMinutes()),
                SettingsValidator.parse(backfillDays.get(), defaults.backfillDays()), locale.get());
    }

    /** The secret typed in the form, or null when none was. */
    String enteredSecret() {
        String secret = newSecret.get().trim();
        return secret.isEmpty() ? null : secret;
    }

    public StringProperty environmentProperty() {
        return environment;
    }

    public StringProperty baseUrlProperty() {
        return baseUrl;
    }

    public StringProperty clientIdProperty() {
        return clientId;
    }

    /** A newly typed secret; never filled from the store. */
    public StringProperty newSecretProperty() {
        return newSecret;
    }

    public StringProperty merchantIdProperty() {
        return merchantId;
    }

    public StringProperty operatorNameProperty() {
        return operatorName;
    }

    public StringProperty refreshMinutesProperty() {
        return refreshMinutes;
    }

    public StringProperty backfillDaysProperty() {
        return backfillDays;
    }

    public StringProperty localeProperty() {
        return locale;
    }
}
