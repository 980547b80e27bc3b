package io.orderdesk.api.error;

/**
 * HTTP 429 ({@code GW.RATE_LIMIT} or {@code GW.QUOTA_LIMIT}) that outlasted our retries. The request was
 * not processed, so it is safe to try again later.
 */
public final class RateLimitedException extends NpayApiException {

    public RateLimitedException(String endpoint, int httpStatus, String code, String traceId, String detail) {
        super(endpoint, httpStatus, code, traceId, detail, null);
    }

    @Override
    public String userMessage() {
        if ("GW.QUOTA_LIMIT".equals(code())) {
            return "네이버페이 API의 시간당 사용량을 모두 썼습니다. 잠시 후 다시 시도해 주세요.";
        }
        return "요청이 많아 네이버페이가 잠시 요청을 받지 않고 있습니다. 잠시 후 다시 시도해 주세요.";
    }
}
