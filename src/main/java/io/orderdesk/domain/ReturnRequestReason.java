package io.orderdesk.domain;

/**
 * 반품 요청 사유 ({@code returnReason} of a return request): the reasons a seller may give when registering a return
 * for the buyer. Every code is also a {@link ClaimReason}. {@link #UNKNOWN} is for reading only and must never be sent.
 */
public enum ReturnRequestReason implements CodedEnum {

    INTENT_CHANGED("INTENT_CHANGED", "구매 의사 취소"),
    COLOR_AND_SIZE("COLOR_AND_SIZE", "색상 및 사이즈 변경"),
    WRONG_ORDER("WRONG_ORDER", "다른 상품 잘못 주문"),
    PRODUCT_UNSATISFIED("PRODUCT_UNSATISFIED", "서비스 불만족"),
    DELAYED_DELIVERY("DELAYED_DELIVERY", "배송 지연"),
    SOLD_OUT("SOLD_OUT", "상품 품절"),
    DROPPED_DELIVERY("DROPPED_DELIVERY", "배송 누락"),
    BROKEN("BROKEN", "상품 파손"),
    INCORRECT_INFO("INCORRECT_INFO", "상품 정보 상이"),
    WRONG_DELIVERY("WRONG_DELIVERY", "오배송"),
    WRONG_OPTION("WRONG_OPTION", "색상 등 다른 상품 잘못 배송"),
    /** Any code this version does not know yet. */
    UNKNOWN("UNKNOWN", "알 수 없음");

    private final String code;
    private final String label;

    ReturnRequestReason(String code, String label) {
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
