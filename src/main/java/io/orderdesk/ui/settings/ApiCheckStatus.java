package io.orderdesk.ui.settings;

/** Where the API check stands; the view colours the result by it. */
public enum ApiCheckStatus {
    NONE, RUNNING, OK, WARNING, FAILED
}
