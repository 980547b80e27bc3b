package io.orderdesk.ui.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.OrderTab;
import io.orderdesk.store.ClaimFilter;
import io.orderdesk.store.OrderFilter;
import io.orderdesk.store.OrderSummary;
import io.orderdesk.store.SortColumn;
import io.orderdesk.ui.support.InlineUiExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class OrderListViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T03:00:00Z"), ZoneOffset.UTC);

    private final List<Map<String, String>> savedMarks = new ArrayList<>();

    private OrderListViewModel viewModel(FakeOrderSource source, io.orderdesk.ui.support.UiExecutor executor) {
        return new OrderListViewModel(source, executor, new SeenMarks(Map.of(), savedMarks::add),
                new ColumnChoice(null, value -> { }), CLOCK);
    }

    private static OrderFilter last(FakeOrderSource source) {
        return source.searches.get(source.searches.size() - 1);
    }

    @Test
    void startsOnNewOrdersNewestPaymentFirst() {
        FakeOrderSource source = new FakeOrderSource(List.of(
                TestLine.of("1").build(),
                TestLine.of("2").paid(TestLine.PAID.plusSeconds(60)).build(),
                TestLine.of("3").status("DELIVERING", "OK").build()));
        OrderListViewModel viewModel = viewModel(source, new InlineUiExecutor());

        viewModel.search();

        assertThat(viewModel.tabProperty().get()).isEqualTo(OrderTab.NEW);
        assertThat(viewModel.totalProperty().get()).isEqualTo(2);
        ObservableList<OrderRow> rows = viewModel.rowsProperty().get();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getLine().productOrderId()).isEqualTo("2");
        assertThat(rows.get(0).getLine().contact().tel()).isEqualTo("010-2345-2");
        assertThat(last(source).sortBy()).isEqualTo(SortColumn.PAYMENT_DATE);
        assertThat(last(source).descending()).isTrue();
    }

    @Test
    void theFirstSearchAsksForTheOpeningPageTheAppReadsAhead() {
        FakeOrderSource source = new FakeOrderSource(List.of(TestLine.of("1").build()));
        OrderListViewModel viewModel = viewModel(source, new InlineUiExecutor());

        viewModel.search();

        assertThat(source.searches.get(0)).isEqualTo(OrderListViewModel.openingPage(CLOCK));
    }

    @Test
    void showingALineListsItOnEveryTabAndAsksTheTableToSelectIt() {
        FakeOrderSource source = new FakeOrderSource(List.of(TestLine.of("1").build(),
                TestLine.of("2").status("DELIVERING", "OK").build()));
        OrderListViewModel viewModel = viewModel(source, new InlineUiExecutor());
        viewModel.search();

        viewModel.show("2");

        assertThat(viewModel.tabProperty().get()).isEqualTo(OrderTab.ALL);
        assertThat(last(source).text()).isEqualTo("2");
        int index = viewModel.restoreIndex();
        assertThat(index).isNotNegative();
        assertThat(viewModel.rowsProperty().get().get(index).getLine().productOrderId()).isEqualTo("2");
        viewModel.searchTextProperty().set("");
        assertThat(viewModel.restoreIndex()).as("only the search that showed it").isEqualTo(-1);
    }

    @Test
    void tabTextPeriodClaimsAndSortEachRunANewSearch() {
        FakeOrderSource source = new FakeOrderSource(List.of(TestLine.of("1").buyer("김민지").build(),
                TestLine.of("2").buyer("박서준").status("DELIVERING", "OK").build()));
        OrderListViewModel viewModel = viewModel(source, new InlineUiExecutor());

        viewModel.tabProperty().set(OrderTab.ALL);
        assertThat(viewModel.totalProperty().get()).isEqualTo(2);
        viewModel.searchTextProperty().set("민지");
        assertThat(viewModel.totalProperty().get()).isEqualTo(1);
        viewModel.periodProperty().set(Period.WEEK);
        assertThat(last(source).paidFrom()).isEqualTo(Instant.parse("2026-11-13T15:00:00Z"));
        viewModel.claimsProperty().set(ClaimFilter.OPEN);
        assertThat(last(source).claims()).isEqualTo(ClaimFilter.OPEN);
        viewModel.sortBy(SortColumn.PRODUCT_ORDER_ID, false);
        viewModel.sortBy(SortColumn.PRODUCT_ORDER_ID, false);

        assertThat(source.searches).hasSize(5);
        assertThat(last(source).sortBy()).isEqualTo(SortColumn.PRODUCT_ORDER_ID);
        assertThat(last(source).text()).isEqualTo("민지");
        assertThat(last(source).offset()).isZero();
        assertThat(last(source).limit()).isEqualTo(PagedOrderRows.PAGE_SIZE);
    }

    @Test
    void anAnswerToAnOlderSearchIsDropped() {
        FakeOrderSource source = new FakeOrderSource(FakeOrderSource.many(30));
        QueuedUiExecutor executor = new QueuedUiExecutor();
        OrderListViewModel viewModel = viewModel(source, executor);
        viewModel.tabProperty().set(OrderTab.ALL);
        viewModel.searchTextProperty().set("1029");

        executor.runLast();
        assertThat(viewModel.totalProperty().get()).isEqualTo(1);
        executor.runNext();

        assertThat(viewModel.totalProperty().get()).isEqualTo(1);
        assertThat(viewModel.loadingProperty().get()).isFalse();
    }

    @Test
    void theFocusedLineGoesToTheDetailPaneOnceLoadedAndItsMarkIsCleared() {
        FakeOrderSource source = new FakeOrderSource(FakeOrderSource.many(250));
        source.lines.set(10, TestLine.of("1010").paid(TestLine.PAID.plusSeconds(10)).addressChanged().build());
        QueuedUiExecutor executor = new QueuedUiExecutor();
        OrderListViewModel viewModel = viewModel(source, executor);
        viewModel.search();
        executor.runAll();
        ObservableList<OrderRow> rows = viewModel.rowsProperty().get();

        OrderRow deep = rows.get(239);
        viewModel.select(List.of(deep), deep);
        assertThat(viewModel.currentProperty().get()).isNull();
        executor.runAll();
        assertThat(viewModel.currentProperty().get().productOrderId()).isEqualTo("1010");

        OrderRow second = rows.get(1);
        viewModel.select(List.of(deep, second), second);
        assertThat(viewModel.currentProperty().get().productOrderId()).isEqualTo("1248");
        assertThat(viewModel.selectedIds()).containsExactly("1010", "1248");
        assertThat(deep.getLine().attention()).isFalse();
        assertThat(savedMarks).containsExactly(Map.of("1010", "address"));
    }

    @Test
    void anEmptySelectionKeepsTheDetailPaneOnItsLine() {
        FakeOrderSource source = new FakeOrderSource(FakeOrderSource.many(3));
        OrderListViewModel viewModel = viewModel(source, new InlineUiExecutor());
        viewModel.tabProperty().set(OrderTab.ALL);
        OrderRow row = viewModel.rowsProperty().get().get(0);
        viewModel.select(List.of(row), row);

        viewModel.select(List.of(), null);

        assertThat(viewModel.currentProperty().get().productOrderId()).isEqualTo("1002");
        assertThat(viewModel.selection()).isEmpty();
    }

    @Test
    void aReloadFindsTheSelectedLineAgainAfterNewOrdersPushedItDown() {
        FakeOrderSource source = new FakeOrderSource(FakeOrderSource.many(300));
        OrderListViewModel viewModel = viewModel(source, new InlineUiExecutor());
        viewModel.search();
        OrderRow row = viewModel.rowsProperty().get().get(150);
        viewModel.select(List.of(row), row);
        String selected = row.getLine().productOrderId();
        for (int i = 0; i < 3; i++) {
            source.lines.add(TestLine.of("9" + i).paid(TestLine.PAID.plusSeconds(10_000 + i)).build());
        }

        viewModel.reload();

        assertThat(viewModel.totalProperty().get()).isEqualTo(303);
        assertThat(viewModel.restoreIndex()).isEqualTo(153);
        assertThat(viewModel.rowsProperty().get().get(153).getLine().productOrderId()).isEqualTo(selected);
        viewModel.search();
        assertThat(viewModel.restoreIndex()).isEqualTo(-1);
    }

    @Test
    void aStoreThatCannotBeReadIsReported() {
        FakeOrderSource source = new FakeOrderSource(List.of());
        source.failure = new IllegalStateException("database closed");
        OrderListViewModel viewModel = viewModel(source, new InlineUiExecutor());

        viewModel.search();

        assertThat(viewModel.failureProperty().get()).contains("database closed");
        assertThat(viewModel.loadingProperty().get()).isFalse();
    }

    @Test
    void linesThatNeedALookAreMarkedInTheirPage() {
        OrderSummary claimed = TestLine.of("7").status("DELIVERED", "OK")
                .claim("RETURN", "RETURN_REQUEST", TestLine.PAID).build();
        FakeOrderSource source = new FakeOrderSource(List.of(claimed, TestLine.of("8").build()));
        OrderListViewModel viewModel = viewModel(source, new InlineUiExecutor());

        viewModel.tabProperty().set(OrderTab.ALL);

        ObservableList<OrderRow> rows = viewModel.rowsProperty().get();
        assertThat(rows.stream().filter(r -> r.getLine().attention()).map(r -> r.getLine().productOrderId()))
                .containsExactly("7");
    }
}
