package io.orderdesk.api.error;

/**
 * {@code 403 GW.IP_NOT_ALLOWED}: the gateway only accepts calls from the "API 호출 IP" registered for the
 * application, and this PC's outbound (public) address is not one of them.
 */
public final class IpNotAllowedException extends NpayApiException {

    public IpNotAllowedException(String endpoint, int httpStatus, String code, String traceId, String detail) {
        super(endpoint, httpStatus, code, traceId, detail, null);
    }

    @Override
    public String userMessage() {
        return "이 PC의 인터넷 주소가 허용되지 않았습니다. 네이버페이센터에서 이 PC의 외부(공인) IP를 "
                + "API 호출 IP로 등록해 주세요.";
    }
}
