package io.orderdesk.transfer;

/** What the import would do with one row of the sheet; only {@link #MATCHED} rows are queued. */
public enum PreviewClass {
    /** Ready: a known order that may be dispatched, with a known carrier and a plausible number. */
    MATCHED,
    /** The product order number is not in the local store (not synced, or another shop's). */
    UNKNOWN_ORDER,
    /** The same order twice in the file, or one tracking number for different orders. */
    DUPLICATE,
    /** The order was dispatched already. */
    ALREADY_DISPATCHED,
    /** A cancel, return or exchange is open on the order now. */
    UNDER_CLAIM,
    /** The order's state does not allow 발송 처리 (e.g. not yet 발주 확인). */
    NOT_ALLOWED,
    /** The tracking number is blank or implausible for the carrier. */
    INVALID_NUMBER,
    /** The carrier is blank or names no carrier Naver knows. */
    UNKNOWN_CARRIER
}
