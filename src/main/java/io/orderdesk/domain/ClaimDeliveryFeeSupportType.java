package io.orderdesk.domain;

/**
 * 클레임 배송비 지원 구분 ({@code claimDeliveryFeeSupportType}): the membership programme that pays a claim's delivery
 * fee instead of the buyer.
 */
public enum ClaimDeliveryFeeSupportType implements CodedEnum {

    MEMBERSHIP_ARRIVAL_GUARANTEE("MEMBERSHIP_ARRIVAL_GUARANTEE", "멤버십도착보장"),
    MEMBERSHIP_KURLY("MEMBERSHIP_KURLY", "멤버십컬리N마트"),
    /** Any code this version does not know yet. */
    UNKNOWN("UNKNOWN", "알 수 없음");

    private final String code;
    private final String label;

    ClaimDeliveryFeeSupportType(String code, String label) {
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
