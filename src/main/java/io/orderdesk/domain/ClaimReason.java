package io.orderdesk.domain;

/**
 * 클레임 사유 ({@code claimReason}): the reason recorded on a cancel, return or exchange as the API reports it. Several
 * codes share a label because buyer- and seller-side reasons are worded alike.
 */
public enum ClaimReason implements CodedEnum {

    INTENT_CHANGED("INTENT_CHANGED", "구매 의사 취소"),
    COLOR_AND_SIZE("COLOR_AND_SIZE", "색상 및 사이즈 변경"),
    WRONG_ORDER("WRONG_ORDER", "다른 상품 잘못 주문"),
    PRODUCT_UNSATISFIED("PRODUCT_UNSATISFIED", "서비스 불만족"),
    DELAYED_DELIVERY("DELAYED_DELIVERY", "배송 지연"),
    SOLD_OUT("SOLD_OUT", "상품 품절"),
    DROPPED_DELIVERY("DROPPED_DELIVERY", "배송 누락"),
    NOT_YET_DELIVERY("NOT_YET_DELIVERY", "미배송"),
    BROKEN("BROKEN", "상품 파손"),
    INCORRECT_INFO("INCORRECT_INFO", "상품 정보 상이"),
    WRONG_DELIVERY("WRONG_DELIVERY", "오배송"),
    WRONG_OPTION("WRONG_OPTION", "색상 등 다른 상품 잘못 배송"),
    SIMPLE_INTENT_CHANGED("SIMPLE_INTENT_CHANGED", "단순 변심"),
    MISTAKE_ORDER("MISTAKE_ORDER", "주문 실수"),
    /** Set by Naver only; a request cannot use it. */
    ETC("ETC", "기타"),
    DELAYED_DELIVERY_BY_PURCHASER("DELAYED_DELIVERY_BY_PURCHASER", "배송 지연"),
    INCORRECT_INFO_BY_PURCHASER("INCORRECT_INFO_BY_PURCHASER", "상품 정보 상이"),
    PRODUCT_UNSATISFIED_BY_PURCHASER("PRODUCT_UNSATISFIED_BY_PURCHASER", "서비스 불만족"),
    NOT_YET_DISCUSSION("NOT_YET_DISCUSSION", "상호 협의가 완료되지 않은 주문 건"),
    OUT_OF_STOCK("OUT_OF_STOCK", "재고 부족으로 인한 판매 불가"),
    SALE_INTENT_CHANGED("SALE_INTENT_CHANGED", "판매 의사 변심으로 인한 거부"),
    NOT_YET_PAYMENT("NOT_YET_PAYMENT", "구매자의 미결제로 인한 거부"),
    NOT_YET_RECEIVE("NOT_YET_RECEIVE", "상품 미수취"),
    WRONG_DELAYED_DELIVERY("WRONG_DELAYED_DELIVERY", "오배송 및 지연"),
    BROKEN_AND_BAD("BROKEN_AND_BAD", "파손 및 불량"),
    RECEIVING_DUE_DATE_OVER("RECEIVING_DUE_DATE_OVER", "수락 기한 만료"),
    RECEIVER_MISMATCHED("RECEIVER_MISMATCHED", "수신인 불일치"),
    GIFT_INTENT_CHANGED("GIFT_INTENT_CHANGED", "보내기 취소"),
    GIFT_REFUSAL("GIFT_REFUSAL", "선물 거절"),
    MINOR_RESTRICTED("MINOR_RESTRICTED", "상품 수신 불가"),
    RECEIVING_BLOCKED("RECEIVING_BLOCKED", "상품 수신 불가"),
    UNDER_QUANTITY("UNDER_QUANTITY", "주문 수량 미달"),
    ASYNC_FAIL_PAYMENT("ASYNC_FAIL_PAYMENT", "결제 승인 실패"),
    ASYNC_LONG_WAIT_PAYMENT("ASYNC_LONG_WAIT_PAYMENT", "결제 승인 실패"),
    /** Any code this version does not know yet. */
    UNKNOWN("UNKNOWN", "알 수 없음");

    private final String code;
    private final String label;

    ClaimReason(String code, String label) {
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
