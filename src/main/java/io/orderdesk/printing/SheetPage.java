package io.orderdesk.printing;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Lays out one order on an A4 page: heading, buyer and address block, item table with barcodes, total. */
final class SheetPage {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Seoul"));
    private static final float MARGIN = 40;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BOTTOM = 60;
    private static final float LABEL_WIDTH = 70;
    private static final float[] COLUMNS = {MARGIN, MARGIN + 140, MARGIN + 340, MARGIN + WIDTH - 50};

    private final PDDocument document;
    private final SafeText text;
    private final SheetLabels labels;
    private PDPageContentStream out;
    private float y;

    SheetPage(PDDocument document, SafeText text, SheetLabels labels) {
        this.document = document;
        this.text = text;
        this.labels = labels;
    }

    void write(OrderSheet sheet, int number, int count) throws IOException {
        newPage(labels.title(), labels.page(number, count));
        try {
            field(labels.orderId(), sheet.orderId());
            field(labels.orderDate(), sheet.orderDate() == null ? "" : DATE.format(sheet.orderDate()));
            field(labels.orderer(), person(sheet.ordererName(), sheet.ordererTel()));
            field(labels.recipient(), person(sheet.recipientName(), sheet.recipientTel()));
            String zip = sheet.zipCode() == null || sheet.zipCode().isBlank() ? "" : "(" + sheet.zipCode() + ") ";
            field(labels.address(), zip + (sheet.address() == null ? "" : sheet.address()));
            field(labels.memo(), sheet.memo());
            y -= 10;
            tableHeader();
            for (OrderSheet.Item item : sheet.items()) {
                if (y - rowHeight(item) < BOTTOM) {
                    out.close();
                    newPage(labels.title() + " " + labels.continued(), labels.page(number, count));
                    tableHeader();
                }
                row(item);
            }
            y -= 16;
            show(labels.total() + "  " + sheet.totalQuantity(), COLUMNS[3] - 60, y, 11);
        } finally {
            out.close();
        }
    }

    private void newPage(String title, String page) throws IOException {
        PDPage pdPage = new PDPage(PDRectangle.A4);
        document.addPage(pdPage);
        out = new PDPageContentStream(document, pdPage);
        y = PDRectangle.A4.getHeight() - MARGIN - 18;
        show(title, MARGIN, y, 18);
        show(page, MARGIN + WIDTH - text.width(page, 10), y, 10);
        y -= 12;
        line(y);
        y -= 22;
    }

    private void field(String label, String value) throws IOException {
        show(label, MARGIN, y, 10);
        List<String> lines = text.wrap(value, 11, WIDTH - LABEL_WIDTH);
        for (String l : lines) {
            show(l, MARGIN + LABEL_WIDTH, y, 11);
            y -= 16;
        }
        y -= 2;
    }

    private void tableHeader() throws IOException {
        line(y + 12);
        show(labels.productOrderId(), COLUMNS[0], y, 10);
        show(labels.product(), COLUMNS[1], y, 10);
        show(labels.option(), COLUMNS[2], y, 10);
        show(labels.quantity(), COLUMNS[3], y, 10);
        y -= 8;
        line(y);
        y -= 14;
    }

    private float rowHeight(OrderSheet.Item item) throws IOException {
        int lines = Math.max(text.wrap(item.productName(), 10, COLUMNS[2] - COLUMNS[1] - 10).size(),
                text.wrap(item.productOption(), 10, COLUMNS[3] - COLUMNS[2] - 10).size());
        return Math.max(48, lines * 14) + 10;
    }

    private void row(OrderSheet.Item item) throws IOException {
        float top = y;
        float height = rowHeight(item);
        Barcodes.draw(out, item.productOrderId(), COLUMNS[0], top - 26, 0.9f, 28);
        show(item.productOrderId(), COLUMNS[0], top - 38, 8);
        column(item.productName(), COLUMNS[1], COLUMNS[2] - COLUMNS[1] - 10, top);
        column(item.productOption(), COLUMNS[2], COLUMNS[3] - COLUMNS[2] - 10, top);
        show(Integer.toString(item.quantity()), COLUMNS[3], top, 12);
        y = top - height;
        line(y + 12);
    }

    private void column(String value, float x, float width, float top) throws IOException {
        float lineY = top;
        for (String l : text.wrap(value, 10, width)) {
            show(l, x, lineY, 10);
            lineY -= 14;
        }
    }

    private void show(String value, float x, float baseline, float size) throws IOException {
        out.beginText();
        out.setFont(text.font(), size);
        out.newLineAtOffset(x, baseline);
        out.showText(text.clean(value));
        out.endText();
    }

    private void line(float at) throws IOException {
        out.setLineWidth(0.5f);
        out.moveTo(MARGIN, at);
        out.lineTo(MARGIN + WIDTH, at);
        out.stroke();
    }

    private static String person(String name, String tel) {
        String who = name == null ? "" : name;
        return tel == null || tel.isBlank() ? who : who + "  " + tel;
    }
}
