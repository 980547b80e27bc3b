package io.orderdesk.domain;

/**
 * 보류 상태 ({@code holdbackStatus}): whether the seller's holdback on a return or exchange is still in force.
 */
public enum HoldbackStatus implements CodedEnum {

    HOLDBACK("HOLDBACK", "보류 중"),
    RELEASED("RELEASED", "보류 해제"),
    /** Any code this version does not know yet. */
    UNKNOWN("UNKNOWN", "알 수 없음");

    private final String code;
    private final String label;

    HoldbackStatus(String code, String label) {
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
