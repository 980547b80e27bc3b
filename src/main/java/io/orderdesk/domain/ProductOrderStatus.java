package io.orderdesk.domain;

/**
 * 상품 주문 상태 ({@code productOrderStatus}): where one product order stands, whether or not a claim is open on it.
 */
public enum ProductOrderStatus implements CodedEnum {

    PAYMENT_WAITING("PAYMENT_WAITING", "결제 대기"),
    PAYED("PAYED", "결제 완료"),
    DELIVERING("DELIVERING", "배송 중"),
    DELIVERED("DELIVERED", "배송 완료"),
    PURCHASE_DECIDED("PURCHASE_DECIDED", "구매 확정"),
    EXCHANGED("EXCHANGED", "교환"),
    CANCELED("CANCELED", "취소"),
    RETURNED("RETURNED", "반품"),
    CANCELED_BY_NOPAYMENT("CANCELED_BY_NOPAYMENT", "미결제 취소"),
    /** Any code this version does not know yet. */
    UNKNOWN("UNKNOWN", "알 수 없음");

    private final String code;
    private final String label;

    ProductOrderStatus(String code, String label) {
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

    /**
     * True for statuses a product order never leaves. {@link #EXCHANGED} is not one, because a purchase decision can
     * still follow a finished exchange; nor is {@link #UNKNOWN}, since nothing is known about where a new status leads.
     */
    public boolean isTerminal() {
        return this == PURCHASE_DECIDED || this == CANCELED || this == RETURNED || this == CANCELED_BY_NOPAYMENT;
    }
}
