package io.orderdesk.api.error;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Tells I/O failures that happened before a connection existed (so the server cannot have seen the
 * request) from those that may have happened after the request left.
 */
public final class IoFailures {

    private IoFailures() {
    }

    /**
     * True when {@code e} proves the request was never sent: the host did not resolve, the connection was
     * refused or had no route, or the connect (not the read) timed out.
     */
    public static boolean provablyNotSent(IOException e) {
        if (e instanceof OutcomeUnknownIoException) {
            return false;
        }
        if (e instanceof ConnectException || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException) {
            return true;
        }
        // The JDK says "Connect timed out" (NioSocketImpl) and older sockets "connect timed out"; a read
        // timeout says "Read timed out" or OkHttp's plain "timeout", and those may follow a sent request.
        return e instanceof SocketTimeoutException
                && e.getMessage() != null
                && e.getMessage().toLowerCase(Locale.ROOT).contains("connect timed out");
    }
}
