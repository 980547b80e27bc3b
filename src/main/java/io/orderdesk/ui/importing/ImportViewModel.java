package io.orderdesk.ui.importing;

import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.transfer.ColumnMapping;
import io.orderdesk.transfer.ImportPreview;
import io.orderdesk.transfer.PreviewClass;
import io.orderdesk.transfer.PreviewRow;
import io.orderdesk.transfer.SheetReader;
import io.orderdesk.transfer.SheetTable;
import io.orderdesk.ui.actions.DraftLine;
import io.orderdesk.ui.support.Command;
import io.orderdesk.ui.support.UiExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The tracking-number import (display-free): reads a sheet off the FX thread, guesses its columns, shows what each row
 * would do, and queues only the ready rows once the user presses the button. Column choices are indexes into
 * {@link #columnChoices()}, whose first entry means "none".
 */
public class ImportViewModel {

    private final ImportPort port;
    private final UiExecutor executor;
    private final ImportTexts texts;
    private final Clock clock;
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> columnChoices = FXCollections.observableArrayList();
    private final IntegerProperty orderColumn = new SimpleIntegerProperty(0);
    private final IntegerProperty carrierColumn = new SimpleIntegerProperty(0);
    private final IntegerProperty trackingColumn = new SimpleIntegerProperty(0);
    private final ObjectProperty<DeliveryCompany> fixedCarrier = new SimpleObjectProperty<>();
    private final ObservableList<PreviewItem> rows = FXCollections.observableArrayList();
    private final ObservableList<ClassCount> counts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper submitText = new ReadOnlyStringWrapper();
    private final List<PreviewRow> matched = new ArrayList<>();
    private final Command submitCommand;
    private SheetTable table;
    private boolean choosing;

    public ImportViewModel(ImportPort port, UiExecutor executor, ResourceBundle bundle) {
        this(port, executor, bundle, Clock.systemUTC());
    }

    /** @param clock gives the dispatch date of the queued lines (the app's clock, the sandbox's in demo mode) */
    public ImportViewModel(ImportPort port, UiExecutor executor, ResourceBundle bundle, Clock clock) {
        this.port = port;
        this.executor = executor;
        this.texts = new ImportTexts(bundle);
        this.clock = clock;
        ReadOnlyBooleanWrapper anyMatched = new ReadOnlyBooleanWrapper(false);
        counts.addListener((javafx.collections.ListChangeListener<ClassCount>) change -> {
            anyMatched.set(!matched.isEmpty());
            submitText.set(texts.get("submit", matched.size()));
        });
        submitCommand = new Command(Bindings.createBooleanBinding(() -> anyMatched.get() && !busy.get(), anyMatched,
                busy), this::submit);
        submitText.set(texts.get("submit", 0));
        message.set(texts.get("hint"));
        for (ObservableValue<?> choice : List.of(orderColumn, carrierColumn, trackingColumn, fixedCarrier)) {
            choice.addListener((observable, was, now) -> {
                if (!choosing) {
                    classify();
                }
            });
        }
    }

    /** Reads {@code file} in the background; the preview follows. Nothing is queued. */
    public void load(Path file) {
        if (busy.get()) {
            return;
        }
        fileName.set(file.getFileName().toString());
        busy.set(true);
        progress.set(0);
        show(texts.get("reading"), false);
        executor.submit(() -> SheetReader.read(file, share -> executor.onUi(() -> progress.set(share))),
                this::loaded, failure -> {
                    busy.set(false);
                    table = null;
                    setPreview(List.of());
                    columnChoices.clear();
                    show(texts.failure(failure), true);
                });
    }

    private void loaded(SheetTable read) {
        busy.set(false);
        progress.set(1);
        table = read;
        ColumnMapping guess = ColumnMapping.detect(read.headers());
        choosing = true;
        columnChoices.setAll(texts.get("column.none"));
        columnChoices.addAll(read.headers());
        orderColumn.set(guess.productOrderId() + 1);
        carrierColumn.set(guess.carrier() + 1);
        trackingColumn.set(guess.trackingNumber() + 1);
        choosing = false;
        classify();
    }

    private void classify() {
        if (table == null) {
            return;
        }
        ColumnMapping mapping = new ColumnMapping(orderColumn.get() - 1, carrierColumn.get() - 1,
                trackingColumn.get() - 1);
        if (!mapping.isComplete()) {
            setPreview(List.of());
            show(texts.get("error.columns"), true);
            return;
        }
        SheetTable current = table;
        DeliveryCompany carrier = fixedCarrier.get();
        busy.set(true);
        executor.submit(() -> ImportPreview.classify(current, mapping, carrier, port), preview -> {
            busy.set(false);
            setPreview(preview);
            show(preview.isEmpty() ? texts.get("error.noOrders") : texts.get("previewed", preview.size()),
                    preview.isEmpty());
        }, failure -> {
            busy.set(false);
            show(texts.get("error.lookup"), true);
        });
    }

    private void setPreview(List<PreviewRow> preview) {
        matched.clear();
        Map<PreviewClass, Integer> byKind = new EnumMap<>(PreviewClass.class);
        List<PreviewItem> items = new ArrayList<>(preview.size());
        for (PreviewRow row : preview) {
            byKind.merge(row.kind(), 1, Integer::sum);
            items.add(texts.item(row));
            if (row.isMatched()) {
                matched.add(row);
            }
        }
        rows.setAll(items);
        List<ClassCount> chips = new ArrayList<>();
        byKind.forEach((kind, count) -> chips.add(new ClassCount(kind, texts.kind(kind) + " " + count, count)));
        counts.setAll(chips);
    }

    private void submit(Runnable done) {
        List<DraftLine> lines = matched.stream().map(row -> new DraftLine(row.productOrderId(),
                new ActionInput.Dispatch(DeliveryMethod.DELIVERY, row.carrier(), row.trackingNumber(),
                        clock.instant()))).toList();
        busy.set(true);
        executor.submit(() -> {
            port.submitDispatch(lines);
            return lines.size();
        }, count -> {
            busy.set(false);
            table = null;
            setPreview(List.of());
            show(texts.get("queued", count), false);
            done.run();
        }, failure -> {
            busy.set(false);
            show(texts.get("error.queue"), true);
            done.run();
        });
    }

    private void show(String text, boolean isProblem) {
        message.set(text);
        problem.set(isProblem);
    }

    public Command submitCommand() {
        return submitCommand;
    }

    public ReadOnlyStringProperty submitTextProperty() {
        return submitText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when {@link #messageProperty()} reports a problem rather than progress. */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObservableList<String> columnChoices() {
        return columnChoices;
    }

    public IntegerProperty orderColumnProperty() {
        return orderColumn;
    }

    public IntegerProperty carrierColumnProperty() {
        return carrierColumn;
    }

    public IntegerProperty trackingColumnProperty() {
        return trackingColumn;
    }

    /** The carrier for rows whose carrier cell is blank (or when there is no carrier column); null for none. */
    public ObjectProperty<DeliveryCompany> fixedCarrierProperty() {
        return fixedCarrier;
    }

    public ObservableList<PreviewItem> rows() {
        return rows;
    }

    public ObservableList<ClassCount> counts() {
        return counts;
    }
}
