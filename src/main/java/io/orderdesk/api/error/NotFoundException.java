package io.orderdesk.api.error;

/**
 * The thing asked for does not exist: {@code 404 GW.NOT_FOUND} (the gateway does not know the API) or the
 * API codes {@code 100001} (product order not found) and {@code 100003} (order not found).
 */
public final class NotFoundException extends NpayApiException {

    public NotFoundException(String endpoint, int httpStatus, String code, String traceId, String detail) {
        super(endpoint, httpStatus, code, traceId, detail, null);
    }

    @Override
    public String userMessage() {
        String code = code();
        if ("100001".equals(code)) {
            return "네이버페이에서 해당 상품 주문을 찾을 수 없습니다. 상품 주문 번호를 확인해 주세요.";
        }
        if ("100003".equals(code)) {
            return "네이버페이에서 해당 주문을 찾을 수 없습니다. 주문 번호를 확인해 주세요.";
        }
        if ("GW.NOT_FOUND".equals(code)) {
            return "네이버페이가 이 기능을 찾지 못했습니다. 프로그램을 최신 버전으로 업데이트해 주세요.";
        }
        return "요청한 정보를 네이버페이에서 찾을 수 없습니다.";
    }
}
