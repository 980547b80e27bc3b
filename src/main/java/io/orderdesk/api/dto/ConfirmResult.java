package io.orderdesk.api.dto;

import java.util.List;

/**
 * The result of {@code product-orders/confirm} (발주 확인), which differs from {@link BulkResult}: successes carry
 * whether the buyer changed the address before the confirmation. The HTTP status is 200 even when lines fail.
 */
public record ConfirmResult(List<ConfirmSuccess> successProductOrderInfos, List<FailInfo> failProductOrderInfos) {
}
