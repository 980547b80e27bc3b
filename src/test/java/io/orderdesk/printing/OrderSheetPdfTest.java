package io.orderdesk.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderSheetPdfTest {

    private final OrderSheetPdf pdf = new OrderSheetPdf(SheetFixtures.korean());

    @Test
    void linesOfOneOrderShareOnePageInTheOrderTheyFirstAppear() {
        List<OrderSheet> sheets = OrderSheet.group(SheetFixtures.lines());

        assertThat(sheets).extracting(OrderSheet::orderId).containsExactly("2026112910000001", "2026112910000002");
        assertThat(sheets.get(0).items()).extracting(OrderSheet.Item::productOrderId)
                .containsExactly("2026112900000001", "2026112900000002");
        assertThat(sheets.get(0).totalQuantity()).isEqualTo(5);
    }

    @Test
    void eachOrderGetsOnePageWithItsPeopleAddressItemsAndNumbers(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sheets.pdf");
        pdf.save(OrderSheet.group(SheetFixtures.lines()), file);

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String first = text(document, 1);
            String second = text(document, 2);

            assertThat(first).contains("주문서 / 포장 명세서", "1 / 2", "2026112910000001", "2026-11-29 10:30",
                    "김하나", "이두리", "010-9876-5432", "(04524) 서울특별시 중구 세종대로 110 서울시청 3층",
                    "문 앞에 놓아 주세요", "핸드드립 원두 500g", "과테말라 안티구아 / 홀빈", "드립 필터 100매",
                    "2026112900000001", "2026112900000002", "총 수량 5");
            assertThat(first).doesNotContain("박서준", "2026112900000003");
            assertThat(quantities(first)).containsSubsequence("2", "3");

            assertThat(second).contains("2 / 2", "박서준", "최민아", "센텀스카이비즈", "스테인리스 머그컵 350ml", "블랙",
                    "2026112900000003", "경비실에 맡겨 주세요 ?", "총 수량 1");
            assertThat(second).doesNotContain("김하나");
        }
    }

    @Test
    void theKoreanFontIsEmbeddedAsASubset() throws Exception {
        byte[] bytes = pdf.bytes(OrderSheet.group(SheetFixtures.lines()));

        try (PDDocument document = Loader.loadPDF(bytes)) {
            var fonts = document.getPage(0).getResources().getFontNames();
            assertThat(fonts).isNotEmpty();
            var font = document.getPage(0).getResources().getFont(fonts.iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("NanumGothic");
            assertThat(bytes.length).as("a subset, not the 4.6 MB font").isLessThan(400_000);
        }
    }

    @Test
    void aVeryLongOrderContinuesOnAnotherPageAndTheNextOrderStartsAfterIt() throws Exception {
        List<SheetLine> lines = new java.util.ArrayList<>();
        for (int i = 10; i < 30; i++) {
            lines.add(SheetFixtures.line("o-long", "20261129000000" + i, "김하나", "이두리", "04524", "서울", null,
                    "상품 " + i, null, 1));
        }
        lines.add(SheetFixtures.lines().get(1));

        OrderSheetPdf.Output output = pdf.output(OrderSheet.group(lines));

        assertThat(output.pages()).isGreaterThan(2);
        assertThat(output.firstPages()).containsExactly(0, output.pages() - 1);
        try (PDDocument document = Loader.loadPDF(output.bytes())) {
            assertThat(text(document, 2)).contains("(계속)", "1 / 2");
            assertThat(text(document, output.pages())).contains("2 / 2", "박서준");
        }
    }

    @Test
    void nothingSelectedGivesAnEmptyDocument() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.bytes(List.of()))) {
            assertThat(document.getNumberOfPages()).isZero();
        }
    }

    @Test
    void rendersToAnImageForTheEye() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.bytes(OrderSheet.group(SheetFixtures.lines())))) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(1, 80);
            Path dir = Files.createDirectories(Path.of(System.getProperty("od.screenshots",
                    System.getProperty("java.io.tmpdir")), "printing"));
            ImageIO.write(image, "png", dir.resolve("order-sheet-page-2.png").toFile());
            assertThat(image.getWidth()).isGreaterThan(600);
        }
    }

    private static String text(PDDocument document, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).replace('\u00a0', ' ').replaceAll(" +", " ");
    }

    private static List<String> quantities(String text) {
        return text.lines().filter(l -> l.matches(".*\\S\\s+\\d+$"))
                .map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList();
    }
}
