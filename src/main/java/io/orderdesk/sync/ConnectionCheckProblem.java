package io.orderdesk.sync;

/** Why an API check failed, so a screen can say it in the user's language and point at the right setting. */
public enum ConnectionCheckProblem {
    /** The settings cannot make a connection at all (no secret, a malformed address, demo mode without a server). */
    INVALID_SETTINGS,
    /** Naver Pay refused the application ID or secret, or the PC clock is more than five minutes off. */
    AUTHENTICATION,
    /** {@code GW.IP_NOT_ALLOWED}: this PC's public IP is not registered for the application. */
    IP_NOT_ALLOWED,
    /** The server could not be reached or the answer broke off. */
    NETWORK,
    /** The address answered, but not with the Naver Pay API (wrong base URL). */
    NOT_FOUND,
    /** Too many calls right now. */
    RATE_LIMITED,
    /** Naver Pay answered with a server error or an unreadable response. */
    SERVER,
    /** Anything else; the result's message says what. */
    OTHER
}
