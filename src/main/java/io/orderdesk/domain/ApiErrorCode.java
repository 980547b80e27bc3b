package io.orderdesk.domain;

/**
 * 커머스API 서버 오류 코드: the {@code code} of an API-server error body (HTTP 400/500) and of each entry in a bulk
 * call's {@code failProductOrderInfos}. Codes are numeric strings; member names say what each one means. Gateway
 * errors ({@code GW.*}) are a separate family, see {@link GatewayError}.
 */
public enum ApiErrorCode implements CodedEnum {

    /** The message names the offending field as 오류유형.객체명.필드명. */
    INVALID_PARAMETER("4000", "잘못된 요청 파라미터"),
    /** An error the API has no code for. */
    ETC("9999", "기타"),
    PRODUCT_ORDER_NOT_FOUND("100001", "상품 주문을 찾을 수 없음"),
    ORDER_NOT_FOUND("100003", "주문을 찾을 수 없음"),
    PRODUCT_ORDER_NOT_PERMITTED("101009", "처리 권한이 없는 상품 주문 번호를 요청"),
    CONFIRM_BY_LOGISTICS_ONLY("101011", "직계약 상품은 물류사만 발주확인 가능"),
    DISPATCH_DUE_DATE_OUT_OF_RANGE("104105", "발송 기한 입력 범위 초과"),
    DELIVERY_METHOD_CHANGE_NEEDED_NO_DELIVERY("104116", "배송 방법 변경 필요(배송 없음 주문)"),
    DELIVERY_METHOD_CHANGE_NEEDED("104117", "배송 방법 변경 필요"),
    DELIVERY_COMPANY_MISSING("104118", "택배사 미입력"),
    DELIVERY_COMPANY_INVALID("104119", "택배사 코드 확인"),
    TRACKING_NUMBER_MISSING("104120", "송장 번호 미입력"),
    TRACKING_NUMBER_ALREADY_USED("104121", "배송 송장 오류(기사용 송장)"),
    TRACKING_NUMBER_INVALID("104122", "배송 송장 오류(비유효 송장)"),
    DUPLICATE_PRODUCT_ORDER_ID("104131", "상품 주문 번호 중복"),
    BAD_REQUEST("104133", "잘못된 요청"),
    EXCHANGE_STATUS_CHECK_NEEDED("104417", "교환 상태 확인 필요(재배송 처리 불가능 주문 상태)"),
    DATE_RANGE_EXCEEDED("104139", "조회 가능한 날짜 범위를 초과"),
    NOT_HOPE_DELIVERY_PRODUCT("104441", "희망일배송 상품 또는 N희망일배송 상품이 아님"),
    PRODUCT_ORDER_STATUS_CHECK_NEEDED("104442", "상품 주문 상태 확인 필요"),
    PLACE_ORDER_STATUS_CHECK_NEEDED("104443", "발주 상태 확인 필요"),
    HOPE_DELIVERY_DATE_INVALID("104444", "배송 희망일 날짜가 유효하지 않음"),
    HOPE_DELIVERY_DATE_OUT_OF_RANGE("104445", "배송 희망일 변경 가능 날짜 초과"),
    HOPE_DELIVERY_DATE_UNCHANGED("104446", "기존과 동일한 희망일 배송일시"),
    HOPE_DELIVERY_CHANGE_FAILED("104138", "배송 희망일 변경 실패"),
    HOPE_DELIVERY_CHANGE_OUT_OF_PERIOD("104449", "배송 희망일 변경 가능 기간 아님"),
    HOPE_DELIVERY_TIME_AND_AREA_NOT_ALLOWED("104450", "N희망일배송 상품은 배송희망시간, 지역 입력 불가"),
    SAME_STATUS_REQUESTED("105306", "변경을 요청한 상태가 기존과 동일"),
    DISPATCH_BY_LOGISTICS_ONLY("105308", "직계약 상품은 물류사만 발송처리 가능"),
    ECOUPON_DUPLICATE_PRODUCT_ORDER_ID("105001", "E쿠폰 요청 정보의 상품주문번호가 중복되었습니다."),
    ECOUPON_INVALID_AUTH_NUMBER("105002", "E쿠폰 발송처리의 인증번호가 유효하지 않습니다."),
    /** Any code this version does not know yet. */
    UNKNOWN("UNKNOWN", "알 수 없음");

    private final String code;
    private final String label;

    ApiErrorCode(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
