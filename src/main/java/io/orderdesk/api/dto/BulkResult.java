package io.orderdesk.api.dto;

import java.util.List;

/**
 * The per-line result of dispatch, delay and every claim action. The HTTP status is 200 even when some or all lines
 * fail; failures are only visible here.
 */
public record BulkResult(List<String> successProductOrderIds, List<FailInfo> failProductOrderInfos) {
}
