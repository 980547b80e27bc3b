package io.orderdesk.api.dto;

import io.orderdesk.domain.DelayedDispatchReason;
import java.time.OffsetDateTime;

/**
 * Body of {@code {productOrderId}/delay} (발송 지연). Note Naver's naming: the request says
 * {@code dispatchDelayedDetailedReason} while the product order reports {@code delayedDispatchDetailedReason}.
 */
public record DelayRequest(
        OffsetDateTime dispatchDueDate,
        DelayedDispatchReason delayedDispatchReason,
        String dispatchDelayedDetailedReason) {
}
