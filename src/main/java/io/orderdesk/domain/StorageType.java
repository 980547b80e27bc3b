package io.orderdesk.domain;

/**
 * 보관 방법 ({@code storageType}): the temperature the goods must be kept at.
 */
public enum StorageType implements CodedEnum {

    DRY("DRY", "상온"),
    WET("WET", "냉장"),
    FROZEN("FROZEN", "냉동"),
    /** Any code this version does not know yet. */
    UNKNOWN("UNKNOWN", "알 수 없음");

    private final String code;
    private final String label;

    StorageType(String code, String label) {
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
