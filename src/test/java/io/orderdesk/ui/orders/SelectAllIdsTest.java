package io.orderdesk.ui.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.orderdesk.domain.OrderTab;
import io.orderdesk.store.OrderFilter;
import io.orderdesk.store.SortColumn;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/**
 * "Select all" on a long list: only the pages the table looked at are loaded, yet every selected id is handed over,
 * read in the background with the list's own filter and sort.
 */
class SelectAllIdsTest {

    private static final int LINES = 10_000;

    private final FakeOrderSource source = new FakeOrderSource(FakeOrderSource.many(LINES));
    private final QueuedUiExecutor executor = new QueuedUiExecutor();
    private final OrderListViewModel viewModel = new OrderListViewModel(source, executor,
            new SeenMarks(Map.of(), marks -> { }), new ColumnChoice(null, value -> { }),
            Clock.fixed(Instant.parse("2026-11-20T03:00:00Z"), ZoneOffset.UTC));

    /** The list sorted by payment, oldest first (so row i holds line 1000 + i), with only its first page loaded. */
    private ObservableList<OrderRow> firstPageOnly() {
        viewModel.tabProperty().set(OrderTab.ALL);
        viewModel.sortBy(SortColumn.PAYMENT_DATE, false);
        executor.runAll();
        source.searches.clear();
        return viewModel.rowsProperty().get();
    }

    /** The reads of missing ids, told apart from the table's page fetches by their size. */
    private List<OrderFilter> idReads() {
        return source.searches.stream().filter(f -> f.limit() != PagedOrderRows.PAGE_SIZE).toList();
    }

    /** What the table hands over after Ctrl+A, without letting any page load. */
    private static List<OrderRow> everyRow(ObservableList<OrderRow> rows) {
        return IntStream.range(0, rows.size()).mapToObj(rows::get).toList();
    }

    @Test
    void selectAllGivesEveryIdReadOffTheFxThread() {
        ObservableList<OrderRow> rows = firstPageOnly();
        List<OrderRow> all = everyRow(rows);
        int pagesWanted = executor.pending();
        viewModel.select(all, rows.get(0));
        assertThat(all.stream().filter(OrderRow::isLoaded).count()).isEqualTo(PagedOrderRows.PAGE_SIZE);
        assertThat(viewModel.selectedIds()).as("loaded rows only").hasSize(PagedOrderRows.PAGE_SIZE);

        AtomicReference<List<String>> ids = new AtomicReference<>();
        viewModel.withSelectedIds(ids::set);
        assertThat(ids.get()).as("the missing ids are read in the background").isNull();
        assertThat(executor.pending()).isEqualTo(pagesWanted + 1);
        executor.runAll();

        List<String> expected = IntStream.range(0, LINES).mapToObj(i -> String.valueOf(1000 + i)).toList();
        assertThat(ids.get()).hasSize(LINES).isEqualTo(expected);
        List<OrderFilter> reads = idReads();
        assertThat(reads).as("9,900 missing ids in reads of at most 1,000").hasSize(10);
        assertThat(reads).allMatch(f -> f.tab() == OrderTab.ALL && f.sortBy() == SortColumn.PAYMENT_DATE
                && !f.descending());
        assertThat(reads.get(0).offset()).isEqualTo(PagedOrderRows.PAGE_SIZE);
    }

    @Test
    void onlyTheMissingRangesAreReadAndTheIdsComeInListOrder() {
        ObservableList<OrderRow> rows = firstPageOnly();
        List<OrderRow> chosen = new ArrayList<>();
        IntStream.range(5_000, 5_010).mapToObj(rows::get).forEach(chosen::add);
        IntStream.range(50, 150).mapToObj(rows::get).forEach(chosen::add);
        viewModel.select(chosen, rows.get(50));

        AtomicReference<List<String>> ids = new AtomicReference<>();
        viewModel.withSelectedIds(ids::set);
        executor.runAll();

        List<String> expected = new ArrayList<>();
        IntStream.range(50, 150).mapToObj(i -> String.valueOf(1000 + i)).forEach(expected::add);
        IntStream.range(5_000, 5_010).mapToObj(i -> String.valueOf(1000 + i)).forEach(expected::add);
        assertThat(ids.get()).isEqualTo(expected);
        assertThat(idReads()).extracting(OrderFilter::offset, OrderFilter::limit)
                .containsExactly(tuple(100, 50), tuple(5_000, 10));
    }

    @Test
    void aSelectionThatIsAllLoadedIsHandedOverAtOnce() {
        ObservableList<OrderRow> rows = firstPageOnly();
        viewModel.select(List.of(rows.get(3), rows.get(1)), rows.get(3));

        AtomicReference<List<String>> ids = new AtomicReference<>();
        viewModel.withSelectedIds(ids::set);

        assertThat(ids.get()).containsExactly("1001", "1003");
        assertThat(executor.pending()).isZero();
        assertThat(source.searches).isEmpty();
    }

    @Test
    void aFailedReadIsReportedAndHandsNothingOver() {
        ObservableList<OrderRow> rows = firstPageOnly();
        viewModel.select(everyRow(rows), rows.get(0));
        executor.runAll();
        source.failure = new IllegalStateException("database closed");

        AtomicReference<List<String>> ids = new AtomicReference<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        viewModel.withSelectedIds(ids::set, failed::set);
        executor.runAll();
        assertThat(ids.get()).isNull();
        assertThat(failed.get()).hasMessage("database closed");
        assertThat(viewModel.failureProperty().get()).isNull();

        viewModel.withSelectedIds(ids::set);
        executor.runAll();
        assertThat(viewModel.failureProperty().get()).contains("database closed");
        assertThat(ids.get()).isNull();
    }
}
