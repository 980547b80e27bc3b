package io.orderdesk.domain;

/**
 * 보류 유형 ({@code holdbackReason}, sent as {@code holdbackClassType}): why a seller holds a return or exchange back.
 * The API spells two codes {@code EXTRAFEEE} with three Es but {@code EXCHANGE_EXTRAFEE} with two; the codes here
 * follow the API letter for letter.
 */
public enum HoldbackReason implements CodedEnum {

    RETURN_DELIVERYFEE("RETURN_DELIVERYFEE", "반품 배송비 청구"),
    EXTRAFEEE("EXTRAFEEE", "추가 비용 청구"),
    RETURN_DELIVERYFEE_AND_EXTRAFEEE("RETURN_DELIVERYFEE_AND_EXTRAFEEE", "반품 배송비 + 추가 비용 청구"),
    RETURN_PRODUCT_NOT_DELIVERED("RETURN_PRODUCT_NOT_DELIVERED", "반품 상품 미입고"),
    ETC("ETC", "기타 사유"),
    EXCHANGE_DELIVERYFEE("EXCHANGE_DELIVERYFEE", "교환 배송비 청구"),
    EXCHANGE_EXTRAFEE("EXCHANGE_EXTRAFEE", "추가 교환 비용 청구"),
    EXCHANGE_PRODUCT_READY("EXCHANGE_PRODUCT_READY", "교환 상품 준비 중"),
    EXCHANGE_PRODUCT_NOT_DELIVERED("EXCHANGE_PRODUCT_NOT_DELIVERED", "교환 상품 미입고"),
    EXCHANGE_HOLDBACK("EXCHANGE_HOLDBACK", "교환 구매 확정 보류"),
    SELLER_CONFIRM_NEED("SELLER_CONFIRM_NEED", "판매자 확인 필요"),
    PURCHASER_CONFIRM_NEED("PURCHASER_CONFIRM_NEED", "구매자 확인 필요"),
    SELLER_REMIT("SELLER_REMIT", "판매자 직접 송금"),
    ETC2("ETC2", "기타"),
    /** Any code this version does not know yet. */
    UNKNOWN("UNKNOWN", "알 수 없음");

    private final String code;
    private final String label;

    HoldbackReason(String code, String label) {
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
