package io.orderdesk.domain;

/**
 * 수령 위치 ({@code pickupLocationType}): where the courier should leave the goods. Only filled for 장보기 and some
 * N배송 orders.
 */
public enum PickupLocationType implements CodedEnum {

    FRONT_OF_DOOR("FRONT_OF_DOOR", "문 앞"),
    MANAGEMENT_OFFICE("MANAGEMENT_OFFICE", "경비실 보관"),
    DIRECT_RECEIVE("DIRECT_RECEIVE", "직접 수령"),
    OTHER("OTHER", "기타"),
    /** Any code this version does not know yet. */
    UNKNOWN("UNKNOWN", "알 수 없음");

    private final String code;
    private final String label;

    PickupLocationType(String code, String label) {
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
