package io.orderdesk.domain;

/**
 * 발송 지연 사유 ({@code delayedDispatchReason}): the reason a seller gives when pushing a dispatch deadline back.
 */
public enum DelayedDispatchReason implements CodedEnum {

    PRODUCT_PREPARE("PRODUCT_PREPARE", "상품 준비 중"),
    CUSTOMER_REQUEST("CUSTOMER_REQUEST", "고객 요청"),
    CUSTOM_BUILD("CUSTOM_BUILD", "주문 제작"),
    RESERVED_DISPATCH("RESERVED_DISPATCH", "예약 발송"),
    OVERSEA_DELIVERY("OVERSEA_DELIVERY", "해외 배송"),
    ETC("ETC", "기타"),
    /** Any code this version does not know yet. */
    UNKNOWN("UNKNOWN", "알 수 없음");

    private final String code;
    private final String label;

    DelayedDispatchReason(String code, String label) {
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
