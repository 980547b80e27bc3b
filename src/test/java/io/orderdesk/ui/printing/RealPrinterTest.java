package io.orderdesk.ui.printing;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.printing.OrderSheetPdf;
import io.orderdesk.printing.SheetLabels;
import io.orderdesk.ui.support.OwnerWindowTest;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.print.Printer;
import javafx.scene.control.Label;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Printing for real: the preview's 인쇄… goes through JavaFX's printer job to a real CUPS queue, here one that writes
 * what it is sent to a PDF file (cups-pdf). The only stand-in is the system dialog, which headless JavaFX cannot show:
 * the test picks the printer in it as a user would. Runs where {@code ORDERDESK_TEST_PRINTER} names such a queue
 * and {@code ORDERDESK_TEST_PRINT_OUT} its output folder ({@code .ci/run} sets both up).
 */
@EnabledIfEnvironmentVariable(named = "ORDERDESK_TEST_PRINTER", matches = ".+")
class RealPrinterTest extends OwnerWindowTest {

    private static final String PRINTER = System.getenv("ORDERDESK_TEST_PRINTER");
    private static final Path OUT = Path.of(Optional.ofNullable(System.getenv("ORDERDESK_TEST_PRINT_OUT"))
            .orElse(System.getProperty("user.home") + "/PDF"));

    @Test
    void theOrderSheetsReachTheQueueOnePagePerOrder(FxRobot robot) throws Exception {
        Printer printer = Printer.getAllPrinters().stream().filter(found -> found.getName().equals(PRINTER))
                .findFirst().orElseThrow(() -> new AssertionError("no printer " + PRINTER + " in "
                        + Printer.getAllPrinters()));
        Instant started = Instant.now().minusSeconds(1);
        PrintPreviewViewModel viewModel = new PrintPreviewViewModel(PrintSheets.source(),
                new OrderSheetPdf(SheetLabels.from(korean::getString)), executor, korean, Clock.systemDefaultZone());
        robot.interact(() -> {
            window = PrintPreviewView.open(owner, viewModel, korean, PrintSheets.allIds());
            viewModel.useTarget(new DesktopPrintTarget(window, korean, job -> {
                job.setPrinter(printer);
                return true;
            }));
        });
        Label status = (Label) window.getScene().getRoot().lookup("#statusLabel");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#printButton").queryButton().isDisabled());

        robot.clickOn("#printButton");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> status.getText() != null && status.getText().contains("인쇄"));
        assertThat(status.getText()).isEqualTo(korean.getString("print.printed").replace("{0}", "3"));
        Path printed = awaitPdfAfter(started);
        try (PDDocument document = Loader.loadPDF(printed.toFile())) {
            assertThat(document.getNumberOfPages()).as("one page per order").isEqualTo(3);
            BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 30);
            assertThat(darkPixels(first)).as("the printed page carries the sheet, not a blank page")
                    .isGreaterThan(first.getWidth() * first.getHeight() / 500);
        }
    }

    /** The queue writes its PDF once the job is through; the newest file written since {@code since}. */
    private static Path awaitPdfAfter(Instant since) throws Exception {
        Path[] found = new Path[1];
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            found[0] = newestPdf(since);
            return found[0] != null && complete(found[0]);
        });
        return found[0];
    }

    /** True once the queue has finished writing the file (until then it does not parse). */
    private static boolean complete(Path file) {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return document.getNumberOfPages() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static Path newestPdf(Instant since) throws IOException {
        if (!Files.isDirectory(OUT)) {
            return null;
        }
        try (Stream<Path> files = Files.list(OUT)) {
            return files.filter(file -> file.toString().endsWith(".pdf"))
                    .filter(file -> modified(file).toInstant().isAfter(since))
                    .max(Comparator.comparing(RealPrinterTest::modified)).orElse(null);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int light = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                if (light < 3 * 128) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
