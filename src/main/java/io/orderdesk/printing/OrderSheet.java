package io.orderdesk.printing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One printed page: an order with all its selected product-order lines. The buyer and address come from the first
 * line; within one order they are the same.
 */
public record OrderSheet(String orderId, Instant orderDate, String ordererName, String ordererTel,
                         String recipientName, String recipientTel, String zipCode, String address, String memo,
                         List<Item> items) {

    /** One product order on the sheet. */
    public record Item(String productOrderId, String productName, String productOption, int quantity) {
    }

    public OrderSheet {
        items = List.copyOf(items);
    }

    /** The lines grouped into one sheet per order id, in the order each order first appears. */
    public static List<OrderSheet> group(List<SheetLine> lines) {
        Map<String, List<SheetLine>> byOrder = new LinkedHashMap<>();
        for (SheetLine line : lines) {
            String key = line.orderId() == null ? "#" + line.productOrderId() : line.orderId();
            byOrder.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
        }
        List<OrderSheet> sheets = new ArrayList<>();
        for (List<SheetLine> order : byOrder.values()) {
            SheetLine first = order.get(0);
            List<Item> items = order.stream()
                    .map(l -> new Item(l.productOrderId(), l.productName(), l.productOption(), l.quantity()))
                    .toList();
            sheets.add(new OrderSheet(first.orderId(), first.orderDate(), first.ordererName(), first.ordererTel(),
                    first.recipientName(), first.recipientTel(), first.zipCode(), first.address(), first.memo(),
                    items));
        }
        return sheets;
    }

    public int totalQuantity() {
        return items.stream().mapToInt(Item::quantity).sum();
    }
}
