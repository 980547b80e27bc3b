package io.orderdesk.printing;

import java.util.function.UnaryOperator;

/** The words printed on a sheet, from the UI's resource bundle (keys {@code print.sheet.*}). */
public record SheetLabels(String title, String orderId, String orderDate, String orderer, String recipient,
                         String address, String memo, String productOrderId, String product, String option,
                         String quantity, String total, String continued, String pageOf) {

    /** Reads every label with {@code lookup}, e.g. {@code bundle::getString}. */
    public static SheetLabels from(UnaryOperator<String> lookup) {
        return new SheetLabels(lookup.apply("print.sheet.title"), lookup.apply("print.sheet.orderId"),
                lookup.apply("print.sheet.orderDate"), lookup.apply("print.sheet.orderer"),
                lookup.apply("print.sheet.recipient"), lookup.apply("print.sheet.address"),
                lookup.apply("print.sheet.memo"), lookup.apply("print.sheet.productOrderId"),
                lookup.apply("print.sheet.product"), lookup.apply("print.sheet.option"),
                lookup.apply("print.sheet.quantity"), lookup.apply("print.sheet.total"),
                lookup.apply("print.sheet.continued"), lookup.apply("print.sheet.pageOf"));
    }

    /** "page / pages" with the {@code pageOf} pattern, e.g. "{0} / {1}". */
    public String page(int page, int pages) {
        return pageOf.replace("{0}", Integer.toString(page)).replace("{1}", Integer.toString(pages));
    }
}
