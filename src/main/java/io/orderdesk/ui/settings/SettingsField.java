package io.orderdesk.ui.settings;

/** The settings fields that can carry a validation message. */
public enum SettingsField {
    BASE_URL, CLIENT_ID, SECRET, MERCHANT_ID, OPERATOR_NAME, REFRESH_MINUTES, BACKFILL_DAYS;

    /** Whether the field belongs to the Naver Pay connection, which the API check needs valid. */
    boolean isConnection() {
        return this == BASE_URL || this == CLIENT_ID || this == SECRET || this == MERCHANT_ID;
    }
}
