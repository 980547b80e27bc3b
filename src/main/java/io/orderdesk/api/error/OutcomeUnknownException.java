package io.orderdesk.api.error;

/**
 * A write reached (or may have reached) Naver Pay but no verdict came back: a read timeout, a dropped
 * connection after sending, or a gateway timeout. The change may or may not have been applied, so the
 * caller must re-read the order instead of sending the write again.
 */
public final class OutcomeUnknownException extends NpayApiException {

    public OutcomeUnknownException(String endpoint, int httpStatus, String code, String traceId,
                                   String detail, Throwable cause) {
        super(endpoint, httpStatus, code, traceId, detail, cause);
    }

    @Override
    public String userMessage() {
        return "네이버페이에 요청은 보냈지만 처리 결과를 받지 못했습니다. 이미 반영되었을 수 있으니 "
                + "다시 보내기 전에 주문을 새로 조회해 확인해 주세요.";
    }
}
