package io.orderdesk.api.dto;

import io.orderdesk.domain.HoldbackReason;

/**
 * Body of {@code claim/exchange/holdback} (교환 보류); compare {@link ReturnHoldbackRequest}, whose field names differ.
 */
public record ExchangeHoldbackRequest(
        HoldbackReason holdbackClassType,
        String holdbackExchangeDetailReason,
        Long extraExchangeFeeAmount) {
}
