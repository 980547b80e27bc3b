package io.orderdesk.domain;

/**
 * 선물 수락 상태 ({@code giftReceivingStatus}): for gift orders, whether the recipient has accepted and given an address.
 */
public enum GiftReceivingStatus implements CodedEnum {

    WAIT_FOR_RECEIVING("WAIT_FOR_RECEIVING", "수락 대기(배송지 입력 대기)"),
    RECEIVED("RECEIVED", "수락 완료"),
    /** Any code this version does not know yet. */
    UNKNOWN("UNKNOWN", "알 수 없음");

    private final String code;
    private final String label;

    GiftReceivingStatus(String code, String label) {
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
