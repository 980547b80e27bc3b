package io.orderdesk.ui.printing;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real desktop: a native save dialog and the system print dialog via JavaFX {@link PrinterJob}. */
final class DesktopPrintTarget implements PrintTarget {

    /** Enough for a sharp barcode on a laser printer without huge page images. */
    private static final float PRINT_DPI = 200;

    /** Where the user picks the printer and its settings for a job; false when they cancel. */
    @FunctionalInterface
    interface PrintDialog {
        boolean show(PrinterJob job);
    }

    private final Window owner;
    private final ResourceBundle bundle;
    private final PrintDialog dialog;

    DesktopPrintTarget(Window owner, ResourceBundle bundle) {
        this(owner, bundle, job -> job.showPrintDialog(owner));
    }

    /** With another dialog: a test that picks a printer as a user would (headless JavaFX has no print dialog). */
    DesktopPrintTarget(Window owner, ResourceBundle bundle, PrintDialog dialog) {
        this.owner = owner;
        this.bundle = bundle;
        this.dialog = dialog;
    }

    @Override
    public Optional<Path> choosePdfFile(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(bundle.getString("print.savePdf"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(bundle.getString("print.fileType"),
                "*.pdf"));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Result print(byte[] pdf, int pages) throws Exception {
        // With printers but none set as the default, the dialog still lets the user pick one.
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            Optional<Printer> any = Printer.getAllPrinters().stream().findFirst();
            if (any.isEmpty()) {
                return Result.NO_PRINTER;
            }
            job = PrinterJob.createPrinterJob(any.get());
        }
        if (!dialog.show(job)) {
            job.cancelJob();
            return Result.CANCELLED;
        }
        try (PdfPages document = new PdfPages()) {
            document.open(pdf);
            PageLayout layout = job.getJobSettings().getPageLayout();
            for (int i = 0; i < document.count(); i++) {
                ImageView page = new ImageView(document.render(i, PRINT_DPI));
                page.setPreserveRatio(true);
                page.setFitWidth(layout.getPrintableWidth());
                page.setFitHeight(layout.getPrintableHeight());
                if (!job.printPage(layout, page)) {
                    job.cancelJob();
                    throw new IllegalStateException(job.getJobStatus().toString());
                }
            }
        }
        return job.endJob() ? Result.PRINTED : Result.CANCELLED;
    }
}
