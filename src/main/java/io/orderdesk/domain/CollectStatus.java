package io.orderdesk.domain;

/**
 * 수거 상태 ({@code collectStatus}): the courier's pickup state for goods coming back on a return or exchange.
 */
public enum CollectStatus implements CodedEnum {

    NOT_REQUESTED("NOT_REQUESTED", "수거 미요청"),
    COLLECT_REQUEST_TO_AGENT("COLLECT_REQUEST_TO_AGENT", "수거 지시 완료"),
    COLLECT_REQUEST_TO_DELIVERY_COMPANY("COLLECT_REQUEST_TO_DELIVERY_COMPANY", "수거 요청"),
    COLLECT_WAITING("COLLECT_WAITING", "택배사 수거 예정"),
    DELIVERING("DELIVERING", "수거 진행 중"),
    DELIVERED("DELIVERED", "수거 완료"),
    DELIVERY_FAILED("DELIVERY_FAILED", "배송 실패"),
    COLLECT_FAILED("COLLECT_FAILED", "수거 실패"),
    WRONG_INVOICE("WRONG_INVOICE", "오류 송장"),
    COLLECT_CANCELED("COLLECT_CANCELED", "수거 취소"),
    /** Any code this version does not know yet. */
    UNKNOWN("UNKNOWN", "알 수 없음");

    private final String code;
    private final String label;

    CollectStatus(String code, String label) {
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
