package io.orderdesk.printing;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Draws a Code 128 barcode as filled rectangles, so it stays sharp at any printer resolution. */
final class Barcodes {

    private Barcodes() {
    }

    /** Draws {@code value} with its lower-left corner at (x, y); does nothing for an empty or unencodable value. */
    static void draw(PDPageContentStream out, String value, float x, float y, float module, float height)
            throws IOException {
        int[] widths;
        try {
            widths = value == null || value.isEmpty() ? new int[0] : Code128.widths(value);
        } catch (IllegalArgumentException e) {
            return;
        }
        if (widths.length == 0) {
            return;
        }
        float at = x;
        for (int i = 0; i < widths.length; i++) {
            float w = widths[i] * module;
            if (i % 2 == 0) {
                out.addRect(at, y, w, height);
            }
            at += w;
        }
        out.fill();
    }
}
