package io.orderdesk.domain;

/**
 * An enum whose members stand for the API's string codes. Every such enum has a member named {@code UNKNOWN}
 * that stands for any code this version of Order Desk does not know yet.
 */
public interface CodedEnum {

    /** The exact code the API sends and expects, e.g. {@code PAYED} or {@code 1004HOME}. */
    String code();

    /** The Korean name staff know the value by. */
    String label();
}
