package io.orderdesk.api.error;

import java.io.IOException;

/**
 * An I/O failure on a write after the request may have reached the server (read timeout, connection
 * reset after sending). It travels through OkHttp as an {@link IOException} and the client turns it into
 * {@link OutcomeUnknownException} with {@link ErrorMapper#fromIOException}.
 */
public final class OutcomeUnknownIoException extends IOException {

    private final String endpoint;

    public OutcomeUnknownIoException(String endpoint, IOException cause) {
        super("Outcome of write " + endpoint + " is unknown: " + cause, cause);
        this.endpoint = endpoint;
    }

    /** The write endpoint whose outcome is unknown. */
    public String endpoint() {
        return endpoint;
    }
}
