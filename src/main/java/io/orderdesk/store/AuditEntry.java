package io.orderdesk.store;

import io.orderdesk.domain.ActionLineState;
import io.orderdesk.domain.OrderAction;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One row of the append-only audit log: who did what to which product orders, and what came of it.
 *
 * @param id              the row's id, {@code null} until it is stored
 * @param operator        the staff member on whose behalf it happened
 * @param actionId        the outbox action, or {@code null}
 * @param action          the write, or {@code null}
 * @param productOrderIds the product orders concerned, in order
 * @param outcome         the line state it led to, or {@code null}
 * @param code            the API's code, or {@code null}
 * @param message         the API's or our explanation, or {@code null}
 * @param traceId         the API call's trace ID, or {@code null}
 */
public record AuditEntry(Long id, Instant at, String operator, Long actionId, OrderAction action,
                         List<String> productOrderIds, AuditEvent event, ActionLineState outcome, String code,
                         String message, String traceId) {

    /** Checks the required parts and copies the ids. */
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(event, "event");
        productOrderIds = List.copyOf(productOrderIds);
    }

    /** An entry about to be appended for one action. */
    public static AuditEntry of(Instant at, String operator, long actionId, OrderAction action, List<String> ids,
                                AuditEvent event, ActionLineState outcome, String code, String message,
                                String traceId) {
        return new AuditEntry(null, at, operator, actionId, action, ids, event, outcome, code, message, traceId);
    }
}
