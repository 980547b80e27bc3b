package io.orderdesk.domain;

/**
 * 조건형 조회 기준 ({@code rangeType}): which date the conditional product-order query filters its time window on.
 */
public enum RangeType implements CodedEnum {

    PAYED_DATETIME("PAYED_DATETIME", "결제 일시"),
    ORDERED_DATETIME("ORDERED_DATETIME", "주문 일시"),
    DISPATCHED_DATETIME("DISPATCHED_DATETIME", "발송 처리 일시"),
    PURCHASE_DECIDED_DATETIME("PURCHASE_DECIDED_DATETIME", "구매 확정 일시"),
    CLAIM_REQUESTED_DATETIME("CLAIM_REQUESTED_DATETIME", "클레임 요청 일시"),
    CLAIM_COMPLETED_DATETIME("CLAIM_COMPLETED_DATETIME", "클레임 완료 일시"),
    COLLECT_COMPLETED_DATETIME("COLLECT_COMPLETED_DATETIME", "수거 완료 일시"),
    GIFT_RECEIVED_DATETIME("GIFT_RECEIVED_DATETIME", "선물 수락 일시"),
    HOPE_DELIVERY_INFO_CHANGED_DATETIME("HOPE_DELIVERY_INFO_CHANGED_DATETIME", "배송 희망일 변경 일시"),
    /** Any code this version does not know yet. */
    UNKNOWN("UNKNOWN", "알 수 없음");

    private final String code;
    private final String label;

    RangeType(String code, String label) {
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
