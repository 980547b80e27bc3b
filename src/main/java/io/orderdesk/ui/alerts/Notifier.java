package io.orderdesk.ui.alerts;

/** The desktop side of an alert: the system notification area and a sound. */
public interface Notifier {

    /** Shows a desktop notification where the platform has one; does nothing elsewhere. */
    void desktop(String title, String message);

    /** Plays the alert sound. */
    void sound();
}
