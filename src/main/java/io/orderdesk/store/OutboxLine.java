package io.orderdesk.store;

import io.orderdesk.domain.ActionLineState;
import io.orderdesk.domain.OrderAction;
import java.time.Instant;

/**
 * One product order of a staff action as the outbox holds it.
 *
 * @param id                     the line's id; lines are sent in id order
 * @param inputJson              what staff entered, serialised by the actions layer
 * @param attempts               how many times the line was handed to the API
 * @param resultCode             the API's code for a failure (e.g. {@code 104121} or {@code GW.TIMEOUT.01}), or
 *                               {@code null}
 * @param resultMessage          the API's or our explanation of the result, or {@code null}
 * @param traceId                the trace ID of the call that decided the line, or {@code null}
 * @param note                   why the outbox decided something on its own (skipped, settled by re-reading …)
 * @param receiverAddressChanged for 발주 확인: whether Naver said the address changed before the confirmation
 * @param sentAt                 when the line was last handed to the API, or {@code null}
 */
public record OutboxLine(long id, long actionId, OrderAction action, String productOrderId, String inputJson,
                         LineBaseline baseline, ActionLineState state, int attempts, String resultCode,
                         String resultMessage, String traceId, String note, Boolean receiverAddressChanged,
                         Instant createdAt, Instant sentAt, Instant updatedAt) {
}
