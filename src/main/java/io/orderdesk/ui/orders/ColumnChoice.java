package io.orderdesk.ui.orders;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which order-table columns the user shows, in which order: remembered in the {@code ui.columns} setting as their ids
 * in order, comma-separated ({@code productOrderId,paymentDate,status}). Ids this version does not know are ignored,
 * so an older or newer setting never breaks the table.
 */
public final class ColumnChoice {

    private final ObservableList<OrderColumn> shown;
    private final ObservableList<OrderColumn> shownView;
    private final Consumer<String> saver;

    /**
     * @param saved the setting's value, or {@code null} for the default columns
     * @param saver stores a new value; it must not block (the app writes in the background)
     */
    public ColumnChoice(String saved, Consumer<String> saver) {
        this.shown = FXCollections.observableArrayList(parse(saved));
        this.shownView = FXCollections.unmodifiableObservableList(shown);
        this.saver = saver;
    }

    static List<OrderColumn> parse(String saved) {
        if (saved == null || saved.isBlank()) {
            return OrderColumn.defaults();
        }
        Set<OrderColumn> columns = new LinkedHashSet<>();
        for (String id : saved.split(",")) {
            OrderColumn.byId(id.trim()).ifPresent(columns::add);
        }
        return columns.isEmpty() ? OrderColumn.defaults() : new ArrayList<>(columns);
    }

    /** The shown columns in order; read only (change it with {@link #show}). */
    public ObservableList<OrderColumn> shown() {
        return shownView;
    }

    public boolean isShown(OrderColumn column) {
        return shown.contains(column);
    }

    /** Takes the columns the user now shows, in order, and remembers them if they differ. */
    public void show(List<OrderColumn> columns) {
        List<OrderColumn> distinct = new ArrayList<>(new LinkedHashSet<>(columns));
        if (distinct.isEmpty() || distinct.equals(shown)) {
            return;
        }
        shown.setAll(distinct);
        saver.accept(encode());
    }

    public String encode() {
        return shown.stream().map(OrderColumn::id).collect(Collectors.joining(","));
    }
}
