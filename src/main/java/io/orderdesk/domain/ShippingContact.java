package io.orderdesk.domain;

/**
 * The recipient's phone and the first line of the delivery address of a product order: what the order list shows
 * (masked) next to the summary columns.
 */
public record ShippingContact(String tel, String baseAddress) {

    public static final ShippingContact NONE = new ShippingContact(null, null);
}
