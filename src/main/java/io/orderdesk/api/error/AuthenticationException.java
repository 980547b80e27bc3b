package io.orderdesk.api.error;

/**
 * Naver Pay did not accept our credentials: {@code 401 GW.AUTHN} after one token re-issue, a failed token
 * request (400/401/403 from the token endpoint), or a 403 permission problem. Usually a wrong application
 * ID or secret, or an application that is not (or no longer) approved.
 */
public final class AuthenticationException extends NpayApiException {

    public AuthenticationException(String endpoint, int httpStatus, String code, String traceId, String detail) {
        super(endpoint, httpStatus, code, traceId, detail, null);
    }

    @Override
    public String userMessage() {
        return "네이버페이 인증에 실패했습니다. 설정에서 애플리케이션 ID와 시크릿이 맞는지 확인해 주세요.";
    }
}
