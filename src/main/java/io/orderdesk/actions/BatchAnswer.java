package io.orderdesk.actions;

import io.orderdesk.api.dto.FailInfo;
import java.util.Map;

/**
 * The API's verdict on one call, per product order.
 *
 * @param succeeded the accepted product orders; for 발주 확인 each with {@code isReceiverAddressChanged} (else null)
 * @param failed    the refused product orders with Naver's code and message
 */
record BatchAnswer(String traceId, Map<String, Boolean> succeeded, Map<String, FailInfo> failed) {
}
