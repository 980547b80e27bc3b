package io.orderdesk.ui.orders;

import io.orderdesk.store.SortColumn;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The order table's columns: the id remembered in the {@code ui.columns} setting, the store's sort key (none for the
 * masked contact columns, which the index cannot sort), whether staff see it before choosing, and its width.
 */
public enum OrderColumn {

    PRODUCT_ORDER_ID("productOrderId", SortColumn.PRODUCT_ORDER_ID, true, 152),
    ORDER_ID("orderId", SortColumn.ORDER_ID, false, 152),
    PAYMENT_DATE("paymentDate", SortColumn.PAYMENT_DATE, true, 136),
    STATUS("status", SortColumn.STATUS, true, 110),
    CLAIM("claim", SortColumn.CLAIM, true, 145),
    BUYER("buyer", SortColumn.BUYER, true, 80),
    RECEIVER("receiver", SortColumn.RECEIVER, true, 80),
    PHONE("phone", null, true, 125),
    ADDRESS("address", null, false, 130),
    PRODUCT("product", SortColumn.PRODUCT, true, 210),
    OPTION("option", SortColumn.OPTION, true, 150),
    QUANTITY("quantity", SortColumn.QUANTITY, true, 50),
    AMOUNT("amount", SortColumn.AMOUNT, true, 90),
    SHIPPING_DUE("shippingDue", SortColumn.SHIPPING_DUE, true, 90),
    CARRIER("carrier", SortColumn.CARRIER, true, 90),
    TRACKING("tracking", SortColumn.TRACKING, true, 120);

    private final String id;
    private final SortColumn sort;
    private final boolean shownByDefault;
    private final double width;

    OrderColumn(String id, SortColumn sort, boolean shownByDefault, double width) {
        this.id = id;
        this.sort = sort;
        this.shownByDefault = shownByDefault;
        this.width = width;
    }

    public String id() {
        return id;
    }

    /** The store's sort for this column, empty when it cannot be sorted. */
    public Optional<SortColumn> sort() {
        return Optional.ofNullable(sort);
    }

    public double width() {
        return width;
    }

    /** The bundle key of the column's header. */
    public String headerKey() {
        return "orders.column." + id;
    }

    public static Optional<OrderColumn> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    public static List<OrderColumn> defaults() {
        return Arrays.stream(values()).filter(c -> c.shownByDefault).toList();
    }
}
