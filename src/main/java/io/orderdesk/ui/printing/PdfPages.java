package io.orderdesk.ui.printing;

import java.io.IOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The PDF being previewed or printed, rendered a page at a time so a hundred orders do not fill the memory. */
final class PdfPages implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PdfPages.class);

    private PDDocument document;
    private PDFRenderer renderer;

    /** Replaces the document; null closes it. */
    void open(byte[] pdf) {
        close();
        if (pdf == null) {
            return;
        }
        try {
            document = Loader.loadPDF(pdf);
            renderer = new PDFRenderer(document);
        } catch (IOException e) {
            LOG.warn("Cannot open the order-sheet PDF for the preview", e);
        }
    }

    int count() {
        return document == null ? 0 : document.getNumberOfPages();
    }

    /** Page {@code index} (0-based) as an image, or null when there is none. */
    Image render(int index, float dpi) {
        if (renderer == null || index < 0 || index >= count()) {
            return null;
        }
        try {
            return SwingFXUtils.toFXImage(renderer.renderImageWithDPI(index, dpi), null);
        } catch (IOException e) {
            LOG.warn("Cannot render page {} of the order sheets", index, e);
            return null;
        }
    }

    @Override
    public void close() {
        if (document != null) {
            try {
                document.close();
            } catch (IOException e) {
                LOG.debug("Closing the preview PDF failed", e);
            }
        }
        document = null;
        renderer = null;
    }
}
