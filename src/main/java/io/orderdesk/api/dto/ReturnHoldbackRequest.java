package io.orderdesk.api.dto;

import io.orderdesk.domain.HoldbackReason;

/**
 * Body of {@code claim/return/holdback} (반품 보류). The field names differ from the exchange holdback on purpose
 * ({@code holdbackReturnDetailReason}, {@code extraReturnFeeAmount}); they are Naver's.
 */
public record ReturnHoldbackRequest(
        HoldbackReason holdbackClassType,
        String holdbackReturnDetailReason,
        Long extraReturnFeeAmount) {
}
