package io.orderdesk.ui.settings;

import io.orderdesk.sync.ConnectionSettings;

/**
 * Names of the settings this screen writes. The connection ones are {@link ConnectionSettings}'s, so the sync reads
 * exactly what was saved; the others are read by the main window (operator, refresh interval, language).
 */
public final class SettingKeys {

    public static final String ENVIRONMENT = ConnectionSettings.ENVIRONMENT;
    public static final String BASE_URL = ConnectionSettings.BASE_URL;
    public static final String CLIENT_ID = ConnectionSettings.CLIENT_ID;
    /** Stored with {@code putSecret}, encrypted with this PC's key. */
    public static final String CLIENT_SECRET = ConnectionSettings.CLIENT_SECRET;
    public static final String MERCHANT_ID = ConnectionSettings.MERCHANT_ID;
    public static final String BACKFILL_DAYS = ConnectionSettings.BACKFILL_DAYS;
    /** Who works at this PC; recorded with every staff action. */
    public static final String OPERATOR_NAME = "operator.name";
    /** Minutes between automatic refreshes; 0 turns them off. */
    public static final String REFRESH_MINUTES = "sync.refreshMinutes";
    /** {@code ko} or {@code en}; read once at start-up. */
    public static final String LOCALE = "ui.locale";

    private SettingKeys() {
    }
}
