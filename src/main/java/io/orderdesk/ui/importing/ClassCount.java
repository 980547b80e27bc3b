package io.orderdesk.ui.importing;

import io.orderdesk.transfer.PreviewClass;

/** How many rows of one class the preview holds, with the words and colour its chip uses. */
public record ClassCount(PreviewClass kind, String text, int count) {

    public String styleClass() {
        return PreviewItem.styleClass(kind);
    }
}
