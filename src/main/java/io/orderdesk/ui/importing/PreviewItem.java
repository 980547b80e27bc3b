package io.orderdesk.ui.importing;

import io.orderdesk.transfer.PreviewClass;

/** One preview table row: the sheet row and what the import would do with it, in words. */
public record PreviewItem(int rowNumber, String productOrderId, String carrier, String trackingNumber,
                          PreviewClass kind, String kindLabel, String note) {

    /** The style class of the coloured label for this row's class. */
    public String styleClass() {
        return styleClass(kind);
    }

    static String styleClass(PreviewClass kind) {
        return "import-kind-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
