package io.orderdesk.ui.actions;

import io.orderdesk.domain.ActionLineState;

/**
 * Where one line of a sent action stands.
 *
 * @param code           the API's failure code, or null
 * @param message        the API's failure message, or null
 * @param traceId        the trace ID of the call that carried the line, or null before it was sent
 * @param note           why a line was skipped or what a re-read showed, or null
 * @param addressChanged true when 발주 확인 reported that the buyer had changed the address
 */
public record LineResult(String productOrderId, ActionLineState state, String code, String message,
        String traceId, String note, boolean addressChanged) {
}
