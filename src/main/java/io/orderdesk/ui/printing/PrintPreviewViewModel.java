package io.orderdesk.ui.printing;

import io.orderdesk.printing.OrderSheet;
import io.orderdesk.printing.OrderSheetPdf;
import io.orderdesk.printing.OrderSheetSource;
import io.orderdesk.ui.support.Command;
import io.orderdesk.ui.support.UiExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The order-sheet preview: loads the sheets of the selected product orders in the background, pages through them,
 * saves them as PDF and prints them through a {@link PrintTarget}.
 */
public final class PrintPreviewViewModel {

    private final OrderSheetSource source;
    private final OrderSheetPdf pdf;
    private final UiExecutor executor;
    private final ResourceBundle bundle;
    private final Clock clock;
    private final ObservableList<OrderSheet> sheets = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<OrderSheetPdf.Output> output = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(0);
    private final ObjectProperty<OrderSheet> selectedSheet = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper pageLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> savedPath = new ReadOnlyObjectWrapper<>();
    private final Command previousCommand;
    private final Command nextCommand;
    private final Command printCommand;
    private final Command saveCommand;
    private final Command closeCommand;
    private PrintTarget target;
    private Runnable closer = () -> { };

    public PrintPreviewViewModel(OrderSheetSource source, OrderSheetPdf pdf, UiExecutor executor,
                                 ResourceBundle bundle, Clock clock) {
        this.source = source;
        this.pdf = pdf;
        this.executor = executor;
        this.bundle = bundle;
        this.clock = clock;
        var hasPages = Bindings.createBooleanBinding(() -> pageCount() > 0, output);
        previousCommand = Command.instant(pageIndex.greaterThan(0), () -> pageIndex.set(pageIndex.get() - 1));
        nextCommand = Command.instant(Bindings.createBooleanBinding(() -> pageIndex.get() < pageCount() - 1,
                pageIndex, output), () -> pageIndex.set(pageIndex.get() + 1));
        printCommand = new Command(hasPages, this::print);
        saveCommand = new Command(hasPages, this::save);
        closeCommand = Command.always(done -> {
            done.run();
            closer.run();
        });
        pageIndex.addListener((o, was, now) -> pageChanged());
        output.addListener((o, was, now) -> pageChanged());
        selectedSheet.addListener((o, was, sheet) -> showSheet(sheet));
    }

    /** Builds the sheets of these product orders (one per order) in the background. */
    public void load(List<String> productOrderIds) {
        status.set(bundle.getString("print.loading"));
        List<String> ids = List.copyOf(productOrderIds);
        executor.submit(() -> {
            List<OrderSheet> built = OrderSheet.group(source.lines(ids));
            return new Loaded(built, pdf.output(built));
        }, this::loaded, failure -> status.set(format("print.loadFailed", message(failure))));
    }

    private void loaded(Loaded loaded) {
        sheets.setAll(loaded.sheets());
        pageIndex.set(0);
        output.set(loaded.output());
        int lines = loaded.sheets().stream().mapToInt(s -> s.items().size()).sum();
        summary.set(format("print.summary", loaded.sheets().size(), lines));
        status.set(loaded.sheets().isEmpty() ? bundle.getString("print.empty") : "");
        pageChanged();
    }

    private void pageChanged() {
        int count = pageCount();
        pageLabel.set(count == 0 ? "" : format("print.pageOf", pageIndex.get() + 1, count));
        if (count > 0) {
            List<Integer> firsts = output.get().firstPages();
            int sheet = 0;
            while (sheet + 1 < firsts.size() && firsts.get(sheet + 1) <= pageIndex.get()) {
                sheet++;
            }
            selectedSheet.set(sheets.get(sheet));
        }
    }

    private void showSheet(OrderSheet sheet) {
        int at = sheet == null ? -1 : sheets.indexOf(sheet);
        if (at >= 0 && output.get() != null) {
            int first = output.get().firstPages().get(at);
            int next = at + 1 < sheets.size() ? output.get().firstPages().get(at + 1) : pageCount();
            if (pageIndex.get() < first || pageIndex.get() >= next) {
                pageIndex.set(first);
            }
        }
    }

    private void print(Runnable done) {
        OrderSheetPdf.Output out = output.get();
        try {
            PrintTarget.Result result = target.print(out.bytes(), out.pages());
            status.set(switch (result) {
                case PRINTED -> format("print.printed", out.pages());
                case CANCELLED -> bundle.getString("print.printCancelled");
                case NO_PRINTER -> bundle.getString("print.noPrinter");
            });
        } catch (Exception e) {
            status.set(format("print.printFailed", message(e)));
        } finally {
            done.run();
        }
    }

    private void save(Runnable done) {
        String name = format("print.fileName", LocalDate.now(clock));
        Optional<Path> chosen = target.choosePdfFile(name);
        if (chosen.isEmpty()) {
            done.run();
            return;
        }
        Path file = chosen.get();
        byte[] bytes = output.get().bytes();
        executor.submit(() -> Files.write(file, bytes), written -> {
            savedPath.set(written);
            status.set(format("print.saved", written));
            done.run();
        }, failure -> {
            status.set(format("print.saveFailed", message(failure)));
            done.run();
        });
    }

    /** The view's file chooser and printer; must be set before print or save runs. */
    public void useTarget(PrintTarget target) {
        this.target = target;
    }

    /** What closing the preview does (the view hides its window). */
    public void onClose(Runnable closer) {
        this.closer = closer;
    }

    public int pageCount() {
        return output.get() == null ? 0 : output.get().pages();
    }

    private String format(String key, Object... args) {
        return MessageFormat.format(bundle.getString(key), args);
    }

    private static String message(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    public ObservableList<OrderSheet> sheets() {
        return sheets;
    }

    public ReadOnlyObjectProperty<OrderSheetPdf.Output> outputProperty() {
        return output.getReadOnlyProperty();
    }

    public IntegerProperty pageIndexProperty() {
        return pageIndex;
    }

    public ObjectProperty<OrderSheet> selectedSheetProperty() {
        return selectedSheet;
    }

    public ReadOnlyStringProperty pageLabelProperty() {
        return pageLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> savedPathProperty() {
        return savedPath.getReadOnlyProperty();
    }

    public Command previousCommand() {
        return previousCommand;
    }

    public Command nextCommand() {
        return nextCommand;
    }

    public Command printCommand() {
        return printCommand;
    }

    public Command saveCommand() {
        return saveCommand;
    }

    public Command closeCommand() {
        return closeCommand;
    }

    private record Loaded(List<OrderSheet> sheets, OrderSheetPdf.Output output) {
    }
}
