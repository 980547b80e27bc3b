package io.orderdesk.store;

/**
 * A failure inside the store: the database could not be opened or migrated, a statement failed, or a sealed secret
 * could not be read. Unchecked, because callers can do nothing more specific than report it and keep the last data
 * they showed.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure with its cause, usually an {@link java.sql.SQLException}. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A failure detected by the store itself. */
    public StoreException(String message) {
        super(message);
    }
}
