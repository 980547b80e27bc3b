package io.orderdesk.store;

import java.util.Comparator;
import java.util.function.Function;

/** The comparator behind each {@link SortColumn}: absent values last either way, product order number breaks ties. */
final class SortKeys {

    /** Numbers kept as text compare by length first, so 99 sorts before 100. */
    static final Comparator<String> NUMERIC_TEXT =
            Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

    private SortKeys() {
    }

    static Comparator<IndexEntry> of(SortColumn column, boolean descending) {
        Comparator<IndexEntry> tieBreak = by(IndexEntry::productOrderId, NUMERIC_TEXT, descending);
        if (column == SortColumn.PRODUCT_ORDER_ID) {
            return tieBreak;
        }
        return primary(column, descending).thenComparing(tieBreak);
    }

    private static Comparator<IndexEntry> primary(SortColumn column, boolean descending) {
        return switch (column) {
            case PRODUCT_ORDER_ID -> by(IndexEntry::productOrderId, NUMERIC_TEXT, descending);
            case ORDER_ID -> by(e -> e.summary.orderId(), NUMERIC_TEXT, descending);
            case PAYMENT_DATE -> natural(e -> e.summary.paymentDate(), descending);
            case STATUS -> natural(e -> e.statusRank, descending);
            case CLAIM -> natural(e -> e.claimRank, descending);
            case BUYER -> natural(e -> e.summary.ordererName(), descending);
            case RECEIVER -> natural(e -> e.summary.receiverName(), descending);
            case PRODUCT -> natural(e -> e.summary.productName(), descending);
            case OPTION -> natural(e -> e.summary.productOption(), descending);
            case QUANTITY -> natural(e -> e.summary.quantity(), descending);
            case AMOUNT -> natural(e -> e.summary.totalPaymentAmount(), descending);
            case SHIPPING_DUE -> natural(e -> e.summary.shippingDueDate(), descending);
            case CARRIER -> natural(e -> e.carrierLabel, descending);
            case TRACKING -> natural(e -> e.summary.trackingNumber(), descending);
        };
    }

    private static <T extends Comparable<? super T>> Comparator<IndexEntry> natural(
            Function<IndexEntry, T> key, boolean descending) {
        return by(key, Comparator.<T>naturalOrder(), descending);
    }

    private static <T> Comparator<IndexEntry> by(Function<IndexEntry, T> key, Comparator<T> order,
                                                 boolean descending) {
        return Comparator.comparing(key, Comparator.nullsLast(descending ? order.reversed() : order));
    }
}
