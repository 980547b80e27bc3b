package io.orderdesk.api.error;

/**
 * Naver Pay's side failed: a 5xx, or a gateway {@code GW.PROXY.*}, {@code GW.BLOCK.*},
 * {@code GW.TIMEOUT.*} or {@code GW.INTERNAL_SERVER_ERROR} code. Transient as far as we can tell; for a
 * write whose outcome is uncertain the mapper returns {@link OutcomeUnknownException} instead.
 */
public final class ServerException extends NpayApiException {

    public ServerException(String endpoint, int httpStatus, String code, String traceId, String detail) {
        super(endpoint, httpStatus, code, traceId, detail, null);
    }

    @Override
    public String userMessage() {
        if ("GW.BLOCK.02".equals(code())) {
            return "네이버페이 시스템 점검 중이라 잠시 사용할 수 없습니다. 점검이 끝난 뒤 다시 시도해 주세요.";
        }
        return "네이버페이 서버에 일시적인 문제가 있습니다. 잠시 후 다시 시도해 주세요.";
    }
}
