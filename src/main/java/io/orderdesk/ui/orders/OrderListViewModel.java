package io.orderdesk.ui.orders;

import io.orderdesk.domain.OrderTab;
import io.orderdesk.store.ClaimFilter;
import io.orderdesk.store.OrderFilter;
import io.orderdesk.store.SortColumn;
import io.orderdesk.ui.support.UiExecutor;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The order list: the tab, search text and filters the user chose, the matching rows (paged from the store's index,
 * see {@link PagedOrderRows}), the selection and the line the detail pane shows. Every change of tab, text, filter or
 * sort runs a new search in the background; an answer to an older search is dropped.
 */
public final class OrderListViewModel {

    /** The tab a new list opens on: the new orders, where the day's work starts. */
    private static final OrderTab OPENING_TAB = OrderTab.NEW;

    private final OrderSource source;
    private final OrderPages pages;
    private final UiExecutor executor;
    private final SeenMarks seenMarks;
    private final Clock clock;
    private final ColumnChoice columns;
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(this, "period", Period.ALL);
    private final ObjectProperty<ClaimFilter> claims = new SimpleObjectProperty<>(this, "claims", ClaimFilter.ANY);
    private final ObjectProperty<OrderTab> tab = new SimpleObjectProperty<>(this, "tab", OPENING_TAB);
    private final ReadOnlyObjectWrapper<SortColumn> sortColumn = new ReadOnlyObjectWrapper<>(SortColumn.PAYMENT_DATE);
    private final ReadOnlyBooleanWrapper descending = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyObjectWrapper<ObservableList<OrderRow>> rows = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<OrderLine> current = new ReadOnlyObjectWrapper<>();
    private final ObservableList<OrderRow> selection = FXCollections.observableArrayList();
    private final ObservableList<OrderRow> selectionView = FXCollections.unmodifiableObservableList(selection);
    private final ChangeListener<OrderLine> pendingFocus = (obs, old, line) -> focusLoaded();
    private PagedOrderRows paged;
    private OrderFilter shownFilter;
    private OrderRow focused;
    private int currentIndex = -1;
    private int restoreIndex = -1;
    /** A line to select once the search under way has answered ({@link #show}), or {@code null}. */
    private String selectOnArrival;
    /** True while {@link #show} sets the tab and the text, which then run one search together. */
    private boolean settingSeveral;
    private int generation;

    public OrderListViewModel(OrderSource source, UiExecutor executor, SeenMarks seenMarks, ColumnChoice columns,
                              Clock clock) {
        this.source = source;
        this.pages = new OrderPages(source, seenMarks);
        this.executor = executor;
        this.seenMarks = seenMarks;
        this.columns = columns;
        this.clock = clock;
        this.paged = PagedOrderRows.empty(executor);
        rows.set(paged);
        searchText.addListener((obs, old, text) -> searchAfterChange());
        period.addListener((obs, old, value) -> searchAfterChange());
        claims.addListener((obs, old, value) -> searchAfterChange());
        tab.addListener((obs, old, value) -> searchAfterChange());
    }

    /** Runs the current search from the first row; the selection is cleared. */
    public void search() {
        load(false);
    }

    /** Runs the current search again after the store changed, keeping the selected line if it is still near. */
    public void reload() {
        load(true);
    }

    public void sortBy(SortColumn column, boolean descendingOrder) {
        if (column == sortColumn.get() && descendingOrder == descending.get()) {
            return;
        }
        sortColumn.set(column);
        descending.set(descendingOrder);
        search();
    }

    /**
     * Takes the table's selection. {@code focusedRow} (the row last clicked) becomes the line the detail pane shows
     * once it is loaded; an empty selection keeps showing the last line rather than blanking the pane.
     */
    public void select(List<OrderRow> selectedRows, OrderRow focusedRow) {
        selection.setAll(selectedRows);
        if (focused != null) {
            focused.lineProperty().removeListener(pendingFocus);
        }
        focused = focusedRow;
        if (focused != null) {
            focused.lineProperty().addListener(pendingFocus);
            focusLoaded();
        }
    }

    /**
     * The product order ids of the selected rows <em>whose page is loaded</em>, in selection order. After "select all"
     * on a long list most rows are not loaded; {@link #withSelectedIds(Consumer)} gives every selected id.
     */
    public List<String> selectedIds() {
        return selection.stream().filter(OrderRow::isLoaded).map(row -> row.getLine().productOrderId()).toList();
    }

    /**
     * Hands every selected product order id, in list order, to {@code then} on the FX thread: at once when every
     * selected row is loaded, else once the missing ids were read in the background with the list's own filter and
     * sort. A failed read shows in {@link #failureProperty()}.
     */
    public void withSelectedIds(Consumer<List<String>> then) {
        withSelectedIds(then, error -> failure.set(error.toString()));
    }

    /** As {@link #withSelectedIds(Consumer)}, with a failed read going to {@code failed} instead. */
    public void withSelectedIds(Consumer<List<String>> then, Consumer<Throwable> failed) {
        SelectedIds snapshot = SelectedIds.of(shownFilter, selection);
        if (snapshot.complete()) {
            then.accept(snapshot.known());
            return;
        }
        executor.submit(() -> snapshot.resolve(source), then, failed);
    }

    /** After a {@link #reload()}, the row to select again so the selection follows its line; -1 for none. */
    public int restoreIndex() {
        return restoreIndex;
    }

    private void focusLoaded() {
        OrderRow row = focused;
        if (row == null || !row.isLoaded()) {
            return;
        }
        OrderLine line = row.getLine();
        if (line.attention()) {
            seenMarks.markSeen(line.summary());
            line = line.seen();
            row.setLine(line);
        }
        currentIndex = row.index();
        current.set(line);
    }

    /**
     * The page a new list asks for first (its opening tab, no text or filter, newest payment first), so the app can
     * read it ahead while the window is still being built.
     */
    public static OrderFilter openingPage(Clock clock) {
        return filter(OPENING_TAB, "", Period.ALL, ClaimFilter.ANY, SortColumn.PAYMENT_DATE, true, clock)
                .page(0, PagedOrderRows.PAGE_SIZE);
    }

    private OrderFilter filter() {
        return filter(tab.get(), searchText.get(), period.get(), claims.get(), sortColumn.get(), descending.get(),
                clock);
    }

    private static OrderFilter filter(OrderTab tab, String text, Period period, ClaimFilter claims, SortColumn sortBy,
                                      boolean descending, Clock clock) {
        return OrderFilter.all().withTab(tab).withText(text).withPaidBetween(period.from(clock), null)
                .withClaims(claims).sortedBy(sortBy, descending);
    }

    /**
     * Lists every tab's lines matching {@code productOrderId} and, once that search has answered, selects the line
     * (through {@link #restoreIndex}), so the detail pane shows it: "주문 보기" from another screen.
     */
    public void show(String productOrderId) {
        selectOnArrival = productOrderId;
        settingSeveral = true;
        try {
            tab.set(OrderTab.ALL);
            searchText.set(productOrderId);
        } finally {
            settingSeveral = false;
        }
        search();
    }

    private void searchAfterChange() {
        if (!settingSeveral) {
            search();
        }
    }

    private void load(boolean keepSelection) {
        int run = ++generation;
        OrderFilter filter = filter();
        String keepId = selectOnArrival != null ? selectOnArrival
                : keepSelection && current.get() != null ? current.get().productOrderId() : null;
        int near = keepSelection && keepId != null ? currentIndex : -1;
        loading.set(true);
        executor.submit(() -> pages.first(filter, near), loaded -> {
            if (run == generation) {
                install(filter, loaded, keepId);
            }
        }, error -> {
            if (run == generation) {
                loading.set(false);
                failure.set(error.toString());
            }
        });
    }

    private void install(OrderFilter filter, OrderPages.Loaded loaded, String keepId) {
        paged.close();
        shownFilter = filter;
        paged = new PagedOrderRows(loaded.total(), (offset, limit) -> pages.page(filter, offset, limit),
                executor, error -> failure.set(error.toString()));
        loaded.pages().forEach(paged::preload);
        restoreIndex = keepId == null ? -1 : paged.indexOf(keepId);
        if (keepId != null && keepId.equals(selectOnArrival)) {
            selectOnArrival = null;
        }
        if (keepId == null) {
            select(List.of(), null);
        }
        total.set(loaded.total());
        failure.set(null);
        loading.set(false);
        rows.set(paged);
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    public ObjectProperty<ClaimFilter> claimsProperty() {
        return claims;
    }

    public ObjectProperty<OrderTab> tabProperty() {
        return tab;
    }

    public ReadOnlyObjectProperty<SortColumn> sortColumnProperty() {
        return sortColumn.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty descendingProperty() {
        return descending.getReadOnlyProperty();
    }

    /** The rows of the latest search; a new list object per search. */
    public ReadOnlyObjectProperty<ObservableList<OrderRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** What went wrong reading the store, or {@code null}; the view words it. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The line the detail pane shows, or {@code null} before any line was selected. */
    public ReadOnlyObjectProperty<OrderLine> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ObservableList<OrderRow> selection() {
        return selectionView;
    }

    /** The filter (tab, text, period, claims, sort) behind the rows shown now, {@code null} before the first search. */
    public OrderFilter shownFilter() {
        return shownFilter;
    }

    public ColumnChoice columns() {
        return columns;
    }
}
