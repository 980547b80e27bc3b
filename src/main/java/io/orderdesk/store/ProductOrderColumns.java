package io.orderdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The product_order columns once, so the SQL, the binding and the change history cannot drift apart. */
final class ProductOrderColumns {

    /** One summary column: its SQL name, its name in history JSON, its JDBC type and how to read it. */
    record Column(String sql, String name, int type, Function<OrderSummary, Object> value) {
    }

    static final List<Column> SUMMARY = List.of(
            new Column("product_order_id", "productOrderId", Types.VARCHAR, OrderSummary::productOrderId),
            new Column("order_id", "orderId", Types.VARCHAR, OrderSummary::orderId),
            new Column("product_order_status", "productOrderStatus", Types.VARCHAR, OrderSummary::productOrderStatus),
            new Column("place_order_status", "placeOrderStatus", Types.VARCHAR, OrderSummary::placeOrderStatus),
            new Column("claim_type", "claimType", Types.VARCHAR, OrderSummary::claimType),
            new Column("claim_status", "claimStatus", Types.VARCHAR, OrderSummary::claimStatus),
            new Column("holdback_status", "holdbackStatus", Types.VARCHAR, OrderSummary::holdbackStatus),
            new Column("order_date", "orderDate", Types.TIMESTAMP_WITH_TIMEZONE, OrderSummary::orderDate),
            new Column("payment_date", "paymentDate", Types.TIMESTAMP_WITH_TIMEZONE, OrderSummary::paymentDate),
            new Column("last_changed_date", "lastChangedDate", Types.TIMESTAMP_WITH_TIMEZONE,
                    OrderSummary::lastChangedDate),
            new Column("last_changed_type", "lastChangedType", Types.VARCHAR, OrderSummary::lastChangedType),
            new Column("shipping_due_date", "shippingDueDate", Types.TIMESTAMP_WITH_TIMEZONE,
                    OrderSummary::shippingDueDate),
            new Column("dispatched_date", "dispatchedDate", Types.TIMESTAMP_WITH_TIMEZONE,
                    OrderSummary::dispatchedDate),
            new Column("orderer_name", "ordererName", Types.VARCHAR, OrderSummary::ordererName),
            new Column("orderer_phone_tail", "ordererPhoneTail", Types.VARCHAR, OrderSummary::ordererPhoneTail),
            new Column("receiver_name", "receiverName", Types.VARCHAR, OrderSummary::receiverName),
            new Column("receiver_phone_tail", "receiverPhoneTail", Types.VARCHAR, OrderSummary::receiverPhoneTail),
            new Column("product_name", "productName", Types.VARCHAR, OrderSummary::productName),
            new Column("product_option", "productOption", Types.VARCHAR, OrderSummary::productOption),
            new Column("quantity", "quantity", Types.INTEGER, OrderSummary::quantity),
            new Column("total_payment_amount", "totalPaymentAmount", Types.BIGINT, OrderSummary::totalPaymentAmount),
            new Column("delivery_company", "deliveryCompany", Types.VARCHAR, OrderSummary::deliveryCompany),
            new Column("tracking_number", "trackingNumber", Types.VARCHAR, OrderSummary::trackingNumber),
            new Column("address_changed", "addressChanged", Types.BOOLEAN, OrderSummary::addressChanged),
            new Column("gift_receiving_status", "giftReceivingStatus", Types.VARCHAR,
                    OrderSummary::giftReceivingStatus),
            new Column("delayed", "delayed", Types.BOOLEAN, OrderSummary::delayed),
            new Column("claim_request_date", "claimRequestDate", Types.TIMESTAMP_WITH_TIMEZONE,
                    OrderSummary::claimRequestDate));

    /** Columns whose changes the history records; the change-feed fields are stored beside each entry instead. */
    static final List<Column> TRACKED = SUMMARY.stream()
            .filter(c -> !Set.of("productOrderId", "orderId", "lastChangedDate", "lastChangedType").contains(c.name()))
            .toList();

    static final String SUMMARY_LIST = SUMMARY.stream().map(Column::sql).collect(Collectors.joining(", "));

    /** Summary and JSON of whole rows, for the alias {@code p} of product_order and {@code d} of its detail. */
    static final String SELECT_WHOLE = "select " + SUMMARY.stream().map(c -> "p." + c.sql())
            .collect(Collectors.joining(", ")) + ", d.detail_json from product_order p"
            + " join product_order_detail d on d.product_order_id = p.product_order_id";

    static final String INSERT = "insert into product_order (" + SUMMARY_LIST + ", detail_sha256, stored_at,"
            + " row_version) values (" + Sql.placeholders(SUMMARY.size() + 2) + ", 1)";

    /** Optimistic: the row must still be the version that was read, else someone else wrote it meanwhile. */
    static final String UPDATE = "update product_order set "
            + SUMMARY.stream().skip(1).map(c -> c.sql() + " = ?").collect(Collectors.joining(", "))
            + ", detail_sha256 = ?, stored_at = ?, row_version = row_version + 1"
            + " where product_order_id = ? and row_version = ?";

    static final String INSERT_DETAIL = "insert into product_order_detail (detail_json, product_order_id)"
            + " values (?, ?)";

    static final String UPDATE_DETAIL = "update product_order_detail set detail_json = ? where product_order_id = ?";

    private ProductOrderColumns() {
    }

    /** Binds the summary columns from {@code first} on, optionally without the key; returns the next index. */
    static int bind(PreparedStatement statement, int first, OrderSummary summary, boolean withKey)
            throws SQLException {
        int index = first;
        for (Column column : withKey ? SUMMARY : SUMMARY.subList(1, SUMMARY.size())) {
            Object value = column.value().apply(summary);
            if (value == null) {
                statement.setNull(index, column.type());
            } else if (value instanceof Instant instant) {
                Sql.setInstant(statement, index, instant);
            } else {
                statement.setObject(index, value, column.type());
            }
            index++;
        }
        return index;
    }

    /**
     * Reads the summary columns from the first columns of the result, in {@link #SUMMARY} order. By position, not
     * by name: H2 looks names up per call, which made loading 100,000 lines several times slower.
     */
    static OrderSummary readSummary(ResultSet rows) throws SQLException {
        return new OrderSummary(
                rows.getString(1),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5),
                rows.getString(6),
                rows.getString(7),
                Sql.getInstant(rows, 8),
                Sql.getInstant(rows, 9),
                Sql.getInstant(rows, 10),
                rows.getString(11),
                Sql.getInstant(rows, 12),
                Sql.getInstant(rows, 13),
                rows.getString(14),
                rows.getString(15),
                rows.getString(16),
                rows.getString(17),
                rows.getString(18),
                rows.getString(19),
                Sql.getInteger(rows, 20),
                Sql.getLong(rows, 21),
                rows.getString(22),
                rows.getString(23),
                rows.getBoolean(24),
                rows.getString(25),
                rows.getBoolean(26),
                Sql.getInstant(rows, 27));
    }

    /** The position of the first column after the summary columns in a result. */
    static int afterSummary() {
        return SUMMARY.size() + 1;
    }

    /** Reads a row of {@link #SELECT_WHOLE}. */
    static StoredProductOrder read(ResultSet rows) throws SQLException {
        return new StoredProductOrder(readSummary(rows), rows.getString(afterSummary()));
    }
}
