package io.orderdesk.domain;

/**
 * 복수 구매 할인 구분 ({@code sellerBurdenMultiplePurchaseDiscountType}): how a seller-funded multiple-purchase discount
 * was counted. The API documents only the codes, so the labels are our own wording.
 */
public enum MultiplePurchaseDiscountType implements CodedEnum {

    IGNORE_QUANTITY("IGNORE_QUANTITY", "수량 무관 할인"),
    QUANTITY("QUANTITY", "수량 기준 할인"),
    /** Any code this version does not know yet. */
    UNKNOWN("UNKNOWN", "알 수 없음");

    private final String code;
    private final String label;

    MultiplePurchaseDiscountType(String code, String label) {
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
