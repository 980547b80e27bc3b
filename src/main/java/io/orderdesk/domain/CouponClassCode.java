package io.orderdesk.domain;

/**
 * 쿠폰 구분 ({@code couponClassCode}): which kind of product discount coupon was applied.
 */
public enum CouponClassCode implements CodedEnum {

    NMP_PRD_DCNT("NMP_PRD_DCNT", "관리자 상품할인"),
    NMP_PRD_DUP_DCNT("NMP_PRD_DUP_DCNT", "관리자/판매자 상품중복할인"),
    /** Any code this version does not know yet. */
    UNKNOWN("UNKNOWN", "알 수 없음");

    private final String code;
    private final String label;

    CouponClassCode(String code, String label) {
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
