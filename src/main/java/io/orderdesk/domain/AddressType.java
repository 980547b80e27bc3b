package io.orderdesk.domain;

/**
 * 주소 구분 ({@code addressType}): domestic or foreign address.
 */
public enum AddressType implements CodedEnum {

    DOMESTIC("DOMESTIC", "국내"),
    FOREIGN("FOREIGN", "국외"),
    /** Any code this version does not know yet. */
    UNKNOWN("UNKNOWN", "알 수 없음");

    private final String code;
    private final String label;

    AddressType(String code, String label) {
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
