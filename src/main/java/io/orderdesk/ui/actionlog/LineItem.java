package io.orderdesk.ui.actionlog;

/**
 * One line of the selected action as a row of the lines table.
 *
 * @param style      the state's badge style, see {@link StateCount#style()}
 * @param input      carrier and tracking number where the input has them, else empty
 * @param resendable the line FAILED or its outcome is UNKNOWN, so it may be sent again
 */
public record LineItem(ActionLineRow row, String state, String style, String updated, String input,
                       boolean resendable) {

    public String productOrderId() {
        return row.productOrderId();
    }

    public String code() {
        return row.code() == null ? "" : row.code();
    }

    public String message() {
        return row.message() == null ? "" : row.message();
    }

    public String traceId() {
        return row.traceId() == null ? "" : row.traceId();
    }

    public String note() {
        return row.note() == null ? "" : row.note();
    }

    public int attempts() {
        return row.attempts();
    }
}
