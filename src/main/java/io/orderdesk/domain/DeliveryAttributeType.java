package io.orderdesk.domain;

/**
 * 배송 속성 ({@code deliveryAttributeType}): the delivery promise the product was sold with, e.g. 오늘출발 or N배송.
 */
public enum DeliveryAttributeType implements CodedEnum {

    NORMAL("NORMAL", "일반배송"),
    TODAY("TODAY", "오늘출발"),
    OPTION_TODAY("OPTION_TODAY", "옵션별 오늘출발"),
    HOPE("HOPE", "희망일배송"),
    TODAY_ARRIVAL("TODAY_ARRIVAL", "당일배송"),
    DAWN_ARRIVAL("DAWN_ARRIVAL", "새벽배송"),
    PRE_ORDER("PRE_ORDER", "예약구매"),
    ARRIVAL_GUARANTEE("ARRIVAL_GUARANTEE", "N배송"),
    SELLER_GUARANTEE("SELLER_GUARANTEE", "N판매자배송"),
    HOPE_SELLER_GUARANTEE("HOPE_SELLER_GUARANTEE", "N희망일배송"),
    PICKUP("PICKUP", "픽업"),
    QUICK("QUICK", "즉시배달"),
    /** Any code this version does not know yet. */
    UNKNOWN("UNKNOWN", "알 수 없음");

    private final String code;
    private final String label;

    DeliveryAttributeType(String code, String label) {
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
