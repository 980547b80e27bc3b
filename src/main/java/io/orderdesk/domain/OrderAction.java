package io.orderdesk.domain;

/**
 * The fifteen writes a seller can make on a product order through the 주문형 API (reference §4.5–§4.19), each with
 * the Korean name staff know it by and how many product orders one API call may carry.
 */
public enum OrderAction {

    CONFIRM("발주 확인", 30),
    DISPATCH("발송 처리", 30),
    DELAY("발송 지연", 1),
    CANCEL_REQUEST("판매 취소", 1),
    CANCEL_APPROVE("취소 요청 승인", 1),
    RETURN_REQUEST("반품 요청", 1),
    RETURN_APPROVE("반품 승인", 1),
    RETURN_REJECT("반품 거부", 1),
    RETURN_HOLDBACK("반품 보류", 1),
    RETURN_HOLDBACK_RELEASE("반품 보류 해제", 1),
    EXCHANGE_COLLECT_COMPLETE("교환 수거 완료", 1),
    EXCHANGE_REDELIVER("교환 재배송", 1),
    EXCHANGE_REJECT("교환 거부", 1),
    EXCHANGE_HOLDBACK("교환 보류", 1),
    EXCHANGE_HOLDBACK_RELEASE("교환 보류 해제", 1);

    private final String label;
    private final int batchLimit;

    OrderAction(String label, int batchLimit) {
        this.label = label;
        this.batchLimit = batchLimit;
    }

    /** The Korean name staff know the action by. */
    public String label() {
        return label;
    }

    /** How many product orders one API call may carry: 30 for 발주 확인 and 발송 처리 (§4.5, §4.7), else one. */
    public int batchLimit() {
        return batchLimit;
    }
}
