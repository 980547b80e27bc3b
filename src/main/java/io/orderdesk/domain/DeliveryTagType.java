package io.orderdesk.domain;

/**
 * 배송 태그 ({@code deliveryTagType}): the arrival promise shown to the buyer, e.g. 내일배송 or 새벽배송.
 */
public enum DeliveryTagType implements CodedEnum {

    TODAY("TODAY", "오늘배송"),
    TOMORROW("TOMORROW", "내일배송"),
    DAWN("DAWN", "새벽배송"),
    SUNDAY("SUNDAY", "일요배송"),
    STANDARD("STANDARD", "D+2이상배송"),
    HOPE("HOPE", "희망일배송"),
    /** Any code this version does not know yet. */
    UNKNOWN("UNKNOWN", "알 수 없음");

    private final String code;
    private final String label;

    DeliveryTagType(String code, String label) {
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
