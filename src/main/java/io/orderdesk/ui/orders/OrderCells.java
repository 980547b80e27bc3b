package io.orderdesk.ui.orders;

import io.orderdesk.store.OrderSummary;

/** The text of each column for one line, with personal data masked. */
public final class OrderCells {

    private final Formats formats;

    public OrderCells(Formats formats) {
        this.formats = formats;
    }

    public String text(OrderColumn column, OrderLine line) {
        if (line == null) {
            return "";
        }
        OrderSummary s = line.summary();
        return switch (column) {
            case PRODUCT_ORDER_ID -> s.productOrderId();
            case ORDER_ID -> s.orderId();
            case PAYMENT_DATE -> formats.dateTime(s.paymentDate());
            case STATUS -> status(s);
            case CLAIM -> claim(s);
            case BUYER -> nullToEmpty(s.ordererName());
            case RECEIVER -> nullToEmpty(s.receiverName());
            case PHONE -> line.contact() != null && line.contact().tel() != null
                    ? Masking.phone(line.contact().tel()) : Masking.phoneTail(s.receiverPhoneTail());
            case ADDRESS -> line.contact() == null ? "" : Masking.address(line.contact().baseAddress());
            case PRODUCT -> nullToEmpty(s.productName());
            case OPTION -> nullToEmpty(s.productOption());
            case QUANTITY -> s.quantity() == null ? "" : formats.number(s.quantity());
            case AMOUNT -> formats.money(s.totalPaymentAmount());
            case SHIPPING_DUE -> formats.date(s.shippingDueDate());
            case CARRIER -> formats.carrier(s.deliveryCompany());
            case TRACKING -> nullToEmpty(s.trackingNumber());
        };
    }

    /**
     * 결제 완료 lines read as staff know them: 신규 until confirmed, then 발주확인, and 발송지연 once postponed; with a
     * claim open on it a paid line is just 결제완료, the claim column says the rest.
     */
    private String status(OrderSummary s) {
        if ("PAYED".equals(s.productOrderStatus()) && !s.facts().hasOpenClaim()) {
            if (s.delayed()) {
                return formats.text("orders.status.delayed");
            }
            return "OK".equals(s.placeOrderStatus())
                    ? formats.text("orders.status.placed") : formats.text("orders.status.new");
        }
        return formats.status(s.productOrderStatus());
    }

    private String claim(OrderSummary s) {
        String claim = formats.claim(s.claimType(), s.claimStatus());
        return "HOLDBACK".equals(s.holdbackStatus()) ? claim + " · " + formats.text("orders.claim.held") : claim;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
