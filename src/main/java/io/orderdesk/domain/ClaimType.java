package io.orderdesk.domain;

/**
 * 클레임 구분 ({@code claimType}): the kind of claim open on a product order. Each kind has its own set of
 * {@link ClaimStatus} values.
 */
public enum ClaimType implements CodedEnum {

    CANCEL("CANCEL", "취소"),
    RETURN("RETURN", "반품"),
    EXCHANGE("EXCHANGE", "교환"),
    PURCHASE_DECISION_HOLDBACK("PURCHASE_DECISION_HOLDBACK", "구매 확정 보류"),
    ADMIN_CANCEL("ADMIN_CANCEL", "직권 취소"),
    /** Any code this version does not know yet. */
    UNKNOWN("UNKNOWN", "알 수 없음");

    private final String code;
    private final String label;

    ClaimType(String code, String label) {
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
