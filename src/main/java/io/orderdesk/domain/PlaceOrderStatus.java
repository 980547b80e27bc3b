package io.orderdesk.domain;

/**
 * 발주 상태 ({@code placeOrderStatus}): whether the seller has confirmed (발주 확인) a paid product order.
 */
public enum PlaceOrderStatus implements CodedEnum {

    NOT_YET("NOT_YET", "발주 미확인"),
    OK("OK", "발주 확인"),
    CANCEL("CANCEL", "발주 확인 해제"),
    /** Any code this version does not know yet. */
    UNKNOWN("UNKNOWN", "알 수 없음");

    private final String code;
    private final String label;

    PlaceOrderStatus(String code, String label) {
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
