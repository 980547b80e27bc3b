package io.orderdesk.domain;

/**
 * 수수료 선차감 상태 ({@code commissionPrePayStatus}): whether Naver's commission on the product is deducted up front,
 * and if so whether it has been deducted yet.
 */
public enum CommissionPrePayStatus implements CodedEnum {

    GENERAL_PRD("GENERAL_PRD", "일반 상품"),
    PRE_PAY_PRD_NO_PAY("PRE_PAY_PRD_NO_PAY", "선차감(차감 전)"),
    PRE_PAY_PRD_PAYED("PRE_PAY_PRD_PAYED", "선차감(차감 후)"),
    /** Any code this version does not know yet. */
    UNKNOWN("UNKNOWN", "알 수 없음");

    private final String code;
    private final String label;

    CommissionPrePayStatus(String code, String label) {
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
