package io.orderdesk.transfer;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which columns of a sheet hold the product order number, the carrier and the tracking number, as 0-based indexes
 * ({@link #NONE} when not chosen). {@link #detect} guesses them from the header names couriers' programs and the Npay
 * center use; the user may change any of them before importing.
 */
public record ColumnMapping(int productOrderId, int carrier, int trackingNumber) {

    public static final int NONE = -1;

    private static final Set<String> ORDER_NAMES = Set.of("상품주문번호", "productorderid", "상품주문no",
            "주문상품번호");
    private static final Set<String> CARRIER_NAMES = Set.of("택배사", "택배사코드", "택배사명", "deliverycompany",
            "deliverycompanycode", "배송사", "택배회사");
    private static final Set<String> TRACKING_NAMES = Set.of("송장번호", "운송장번호", "trackingnumber", "운송장",
            "송장", "invoiceno", "waybill", "운송장no");

    /** The columns whose header names say what they hold; {@link #NONE} for any not found. */
    public static ColumnMapping detect(List<String> headers) {
        return new ColumnMapping(find(headers, ORDER_NAMES), find(headers, CARRIER_NAMES),
                find(headers, TRACKING_NAMES));
    }

    /** True when the order number and the tracking number columns are chosen (the carrier may be fixed instead). */
    public boolean isComplete() {
        return productOrderId != NONE && trackingNumber != NONE;
    }

    public ColumnMapping withProductOrderId(int column) {
        return new ColumnMapping(column, carrier, trackingNumber);
    }

    public ColumnMapping withCarrier(int column) {
        return new ColumnMapping(productOrderId, column, trackingNumber);
    }

    public ColumnMapping withTrackingNumber(int column) {
        return new ColumnMapping(productOrderId, carrier, column);
    }

    private static int find(List<String> headers, Set<String> names) {
        for (int i = 0; i < headers.size(); i++) {
            if (names.contains(key(headers.get(i)))) {
                return i;
            }
        }
        return NONE;
    }

    /** Header text without spaces, underscores, dots or case, so "상품주문 번호" and "product_order_id" match. */
    static String key(String header) {
        return header.replaceAll("[\\s_.\\-()]+", "").toLowerCase(Locale.ROOT);
    }
}
