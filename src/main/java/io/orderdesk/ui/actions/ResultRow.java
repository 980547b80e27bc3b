package io.orderdesk.ui.actions;

import io.orderdesk.domain.ActionLineState;

/** One line of a sent action as the result table shows it; absent values are "". */
public record ResultRow(String productOrderId, String productName, ActionLineState state, String stateLabel,
        String code, String message, String traceId, String note, boolean addressChanged) {

    /** The style suffix of the state badge: done, failed, waiting or skipped. */
    public String stateStyle() {
        return switch (state) {
            case DONE -> "done";
            case FAILED, UNKNOWN -> "failed";
            case SKIPPED -> "skipped";
            case PENDING, SENDING -> "waiting";
        };
    }
}
