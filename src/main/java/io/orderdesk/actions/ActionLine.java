package io.orderdesk.actions;

import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.ActionLineState;
import io.orderdesk.store.OutboxLine;

/**
 * One line of an action as screens show it: the stored line with its result, and the input decoded.
 *
 * @param line  the outbox line: state, attempts, result code and message, trace ID, note
 * @param input what staff entered (after any correction made on resend), or {@code null} if it cannot be read
 */
public record ActionLine(OutboxLine line, ActionInput input) {

    /** The product order the line is about. */
    public String productOrderId() {
        return line.productOrderId();
    }

    /** Where the line stands. */
    public ActionLineState state() {
        return line.state();
    }

    /** True when staff may resend the line by hand: it failed, or its outcome could not be settled. */
    public boolean canResend() {
        return line.state() == ActionLineState.FAILED || line.state() == ActionLineState.UNKNOWN;
    }
}
