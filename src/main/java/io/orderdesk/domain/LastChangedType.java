package io.orderdesk.domain;

/**
 * 최종 변경 구분 ({@code lastChangedType}): why a product order turned up in the changed-orders feed. Confirming,
 * delaying, delivery completion and holdbacks have no value of their own.
 */
public enum LastChangedType implements CodedEnum {

    PAY_WAITING("PAY_WAITING", "결제 대기"),
    PAYED("PAYED", "결제 완료"),
    /** Only for 선물하기 (gift) orders. */
    EXCHANGE_OPTION("EXCHANGE_OPTION", "옵션 변경"),
    DELIVERY_ADDRESS_CHANGED("DELIVERY_ADDRESS_CHANGED", "배송지 변경"),
    /** Only for 선물하기 (gift) orders. */
    GIFT_RECEIVED("GIFT_RECEIVED", "선물 수락"),
    CLAIM_REJECTED("CLAIM_REJECTED", "클레임 철회"),
    DISPATCHED("DISPATCHED", "발송 처리"),
    CLAIM_REQUESTED("CLAIM_REQUESTED", "클레임 요청"),
    COLLECT_DONE("COLLECT_DONE", "수거 완료"),
    CLAIM_COMPLETED("CLAIM_COMPLETED", "클레임 완료"),
    PURCHASE_DECIDED("PURCHASE_DECIDED", "구매 확정"),
    HOPE_DELIVERY_INFO_CHANGED("HOPE_DELIVERY_INFO_CHANGED", "배송 희망일 변경"),
    CLAIM_REDELIVERING("CLAIM_REDELIVERING", "교환 재배송처리"),
    /** Any code this version does not know yet. */
    UNKNOWN("UNKNOWN", "알 수 없음");

    private final String code;
    private final String label;

    LastChangedType(String code, String label) {
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
