package io.orderdesk.domain;

/**
 * 배송 상세 상태 ({@code deliveryStatus}): the courier's tracking state for a delivery or an exchange re-delivery.
 */
public enum DeliveryStatus implements CodedEnum {

    COLLECT_REQUEST("COLLECT_REQUEST", "수거 요청"),
    COLLECT_WAIT("COLLECT_WAIT", "수거 대기"),
    COLLECT_CARGO("COLLECT_CARGO", "집화"),
    DELIVERY_COMPLETION("DELIVERY_COMPLETION", "배송 완료"),
    DELIVERING("DELIVERING", "배송중"),
    DELIVERY_FAIL("DELIVERY_FAIL", "배송 실패"),
    WRONG_INVOICE("WRONG_INVOICE", "오류 송장"),
    COLLECT_CARGO_FAIL("COLLECT_CARGO_FAIL", "집화 실패"),
    COLLECT_CARGO_CANCEL("COLLECT_CARGO_CANCEL", "집화 취소"),
    NOT_TRACKING("NOT_TRACKING", "배송 추적 없음"),
    /** Any code this version does not know yet. */
    UNKNOWN("UNKNOWN", "알 수 없음");

    private final String code;
    private final String label;

    DeliveryStatus(String code, String label) {
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
