package io.orderdesk.ui.settings;

import io.orderdesk.sync.ConnectionCheckResult;

/** What the settings screen needs from the rest of the app; every method may block, so call it off the FX thread. */
public interface SettingsGateway {

    /** The saved settings, with defaults for what was never saved. */
    SettingsValues load();

    /** Whether this PC has stored an application secret. */
    boolean hasSavedSecret();

    /**
     * Saves the settings.
     *
     * @param newSecret a newly entered secret to store encrypted, or null to keep the saved one
     */
    void save(SettingsValues values, String newSecret);

    /**
     * Runs the API check with these (possibly unsaved) values.
     *
     * @param newSecret the secret to check with, or null to use the saved one
     */
    ConnectionCheckResult check(SettingsValues values, String newSecret);
}
