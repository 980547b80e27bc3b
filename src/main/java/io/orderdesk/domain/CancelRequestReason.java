package io.orderdesk.domain;

/**
 * 판매 취소 사유 ({@code cancelReason} of a cancel request): the reasons a seller may give when cancelling an order
 * itself. Every code is also a {@link ClaimReason}, which is what the cancel shows up with afterwards.
 * {@link #UNKNOWN} is for reading only and must never be sent.
 */
public enum CancelRequestReason implements CodedEnum {

    INTENT_CHANGED("INTENT_CHANGED", "구매 의사 취소"),
    COLOR_AND_SIZE("COLOR_AND_SIZE", "색상 및 사이즈 변경"),
    WRONG_ORDER("WRONG_ORDER", "다른 상품 잘못 주문"),
    PRODUCT_UNSATISFIED("PRODUCT_UNSATISFIED", "서비스 불만족"),
    DELAYED_DELIVERY("DELAYED_DELIVERY", "배송 지연"),
    SOLD_OUT("SOLD_OUT", "상품 품절"),
    INCORRECT_INFO("INCORRECT_INFO", "상품 정보 상이"),
    /** Any code this version does not know yet. */
    UNKNOWN("UNKNOWN", "알 수 없음");

    private final String code;
    private final String label;

    CancelRequestReason(String code, String label) {
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
