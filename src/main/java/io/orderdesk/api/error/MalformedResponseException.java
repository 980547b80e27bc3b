package io.orderdesk.api.error;

/**
 * The server answered with something we cannot read: a body that is not JSON, an HTML error page from a
 * proxy, or a 200 whose JSON has the wrong shape. The trace ID, when there is one, lets Naver find it.
 */
public final class MalformedResponseException extends NpayApiException {

    public MalformedResponseException(String endpoint, int httpStatus, String traceId, String detail,
                                      Throwable cause) {
        super(endpoint, httpStatus, null, traceId, detail, cause);
    }

    @Override
    public String userMessage() {
        return "네이버페이에서 알 수 없는 형식의 응답을 받았습니다. 잠시 후 다시 시도하고, "
                + "계속되면 추적 ID와 함께 문의해 주세요.";
    }
}
