package io.orderdesk.printing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes order sheets as an A4 PDF, one page per order (a very long order continues on further pages), with
 * NanumGothic embedded as a subset so Korean text prints and can be searched and copied.
 */
public final class OrderSheetPdf {

    static final String FONT = "/fonts/NanumGothic.ttf";

    private final SheetLabels labels;

    public OrderSheetPdf(SheetLabels labels) {
        this.labels = labels;
    }

    /** The sheets as a new document; the caller closes it. */
    public PDDocument document(List<OrderSheet> sheets) throws IOException {
        PDDocument document = new PDDocument();
        try {
            PDType0Font font = font(document);
            describe(document);
            for (int i = 0; i < sheets.size(); i++) {
                new SheetPage(document, new SafeText(font), labels).write(sheets.get(i), i + 1, sheets.size());
            }
            return document;
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
    }

    /** Saves the sheets to {@code file}, replacing it. */
    public void save(List<OrderSheet> sheets, Path file) throws IOException {
        try (PDDocument document = document(sheets)) {
            document.save(file.toFile());
        }
    }

    /** The sheets as PDF bytes, e.g. for the preview. */
    public byte[] bytes(List<OrderSheet> sheets) throws IOException {
        return output(sheets).bytes();
    }

    /** The sheets as PDF bytes with the number of pages and the page (0-based) each sheet starts on. */
    public Output output(List<OrderSheet> sheets) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<Integer> firstPages = new ArrayList<>();
            PDType0Font font = font(document);
            for (int i = 0; i < sheets.size(); i++) {
                firstPages.add(document.getNumberOfPages());
                new SheetPage(document, new SafeText(font), labels).write(sheets.get(i), i + 1, sheets.size());
            }
            describe(document);
            document.save(out);
            return new Output(out.toByteArray(), document.getNumberOfPages(), firstPages);
        }
    }

    /**
     * A written PDF.
     *
     * @param firstPages for each sheet, the 0-based page it starts on
     */
    public record Output(byte[] bytes, int pages, List<Integer> firstPages) {
        public Output {
            firstPages = List.copyOf(firstPages);
        }
    }

    private static PDType0Font font(PDDocument document) throws IOException {
        try (InputStream in = OrderSheetPdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IOException("The bundled font " + FONT + " is missing");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    private void describe(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(labels.title());
        info.setCreator("Order Desk");
    }
}
