package io.orderdesk.transfer;

/**
 * A spreadsheet that cannot be imported, with the reason as a {@link Reason} the screen turns into a Korean sentence.
 */
public final class TransferException extends Exception {

    /** Why a file cannot be imported. */
    public enum Reason {
        /** Neither an Excel workbook nor a text (CSV) file. */
        NOT_A_SPREADSHEET,
        /** The first sheet holds no header row or no data row. */
        EMPTY,
        /** More data rows than {@link SheetReader#MAX_ROWS}. */
        TOO_MANY_ROWS,
        /** The file could not be opened or read. */
        UNREADABLE
    }

    private final Reason reason;

    public TransferException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public TransferException(Reason reason, String message) {
        this(reason, message, null);
    }

    /** Why the file cannot be imported. */
    public Reason reason() {
        return reason;
    }
}
