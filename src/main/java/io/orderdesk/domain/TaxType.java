package io.orderdesk.domain;

/**
 * 과세 구분 ({@code taxType}): how the product is taxed.
 */
public enum TaxType implements CodedEnum {

    TAXATION("TAXATION", "과세"),
    TAX_EXEMPTION("TAX_EXEMPTION", "면세"),
    TAX_FREE("TAX_FREE", "영세"),
    /** Any code this version does not know yet. */
    UNKNOWN("UNKNOWN", "알 수 없음");

    private final String code;
    private final String label;

    TaxType(String code, String label) {
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
