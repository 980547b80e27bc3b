package io.orderdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.OrderDetail;
import io.orderdesk.domain.OrderTab;
import io.orderdesk.sync.SyncReport;
import io.orderdesk.sync.SyncStatus;
import io.orderdesk.ui.detail.OrderDetailViewModel;
import io.orderdesk.ui.orders.ColumnChoice;
import io.orderdesk.ui.orders.FakeOrderSource;
import io.orderdesk.ui.orders.Formats;
import io.orderdesk.ui.orders.OrderListViewModel;
import io.orderdesk.ui.orders.OrderRow;
import io.orderdesk.ui.orders.SeenMarks;
import io.orderdesk.ui.orders.TestLine;
import io.orderdesk.ui.support.InlineUiExecutor;
import io.orderdesk.ui.support.UiExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MainViewModelTest {

    private final Formats formats = new Formats(ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.KOREAN));
    private final UiExecutor executor = new InlineUiExecutor();
    private final FakeOrderSource source = new FakeOrderSource(List.of(
            TestLine.of("1").build(),
            TestLine.of("2").status("PAYED", "OK").build(),
            TestLine.of("3").status("DELIVERED", "OK").claim("RETURN", "RETURN_REQUEST", TestLine.PAID).held()
                    .build()));
    private final FakeSyncPort sync = new FakeSyncPort();
    private final List<String> opened = new ArrayList<>();
    private final List<String> detailsRead = new ArrayList<>();
    private final OrderListViewModel orders = new OrderListViewModel(source, executor, SeenMarks.inMemory(),
            new ColumnChoice(null, value -> { }), Clock.fixed(Instant.parse("2026-11-20T03:00:00Z"), ZoneOffset.UTC));
    private final MainViewModel viewModel = new MainViewModel(source, orders,
            new OrderDetailViewModel(id -> {
                detailsRead.add(id);
                return OrderDetail.cannotShow(id, OrderDetail.Problem.NOT_FOUND, List.of());
            }, executor, formats),
            new SyncBarViewModel(sync, executor, formats), new ScreenOpener() {
                @Override
                public void openSettings() {
                    opened.add("settings");
                }

                @Override
                public void openSyncLog() {
                    opened.add("sync log");
                }
            }, executor, formats, new TickingClock(), true, null);

    @Test
    void everyTabIsThereWithItsNameAndCount() {
        viewModel.start();

        assertThat(viewModel.tabs()).extracting(StatusTab::name).containsExactly("신규주문", "발주확인 완료", "발송지연",
                "배송중", "배송완료", "구매확정", "취소요청", "반품요청", "교환요청", "보류 중", "완료된 클레임", "전체");
        assertThat(viewModel.tab(OrderTab.NEW).getCount()).isEqualTo(1);
        assertThat(viewModel.tab(OrderTab.CONFIRMED).getCount()).isEqualTo(1);
        assertThat(viewModel.tab(OrderTab.RETURN_REQUESTED).getCount()).isEqualTo(1);
        assertThat(viewModel.tab(OrderTab.HELD_BACK).getCount()).isEqualTo(1);
        assertThat(viewModel.tab(OrderTab.ALL).getCount()).isEqualTo(3);
        assertThat(orders.totalProperty().get()).isEqualTo(1);
        assertThat(viewModel.demoProperty().get()).isTrue();
    }

    @Test
    void englishTabsHaveShortNamesWithTheFullNameAsTitle() {
        Formats english = new Formats(ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.ENGLISH));
        MainViewModel englishWindow = new MainViewModel(source, orders, viewModel.detail(),
                new SyncBarViewModel(sync, executor, english), new ScreenOpener() {
                    @Override
                    public void openSettings() {
                    }

                    @Override
                    public void openSyncLog() {
                    }
                }, executor, english, new TickingClock(), false, null);

        assertThat(englishWindow.tabs()).extracting(StatusTab::name).containsExactly("New", "Confirmed", "Delayed",
                "Shipping", "Delivered", "Decided", "Cancels", "Returns", "Exchanges", "On hold",
                "Closed claims", "All");
        assertThat(englishWindow.tab(OrderTab.PURCHASE_DECIDED).title()).isEqualTo("Purchase decided");
        assertThat(viewModel.tab(OrderTab.CONFIRMED).title()).isEqualTo(viewModel.tab(OrderTab.CONFIRMED).name());
    }

    @Test
    void theSelectedLineIsShownInTheDetailPane() {
        viewModel.start();
        OrderRow row = orders.rowsProperty().get().get(0);

        orders.select(List.of(row), row);

        assertThat(detailsRead).containsExactly("1");
        assertThat(viewModel.detail().productOrderIdProperty().get()).isEqualTo("1");
    }

    @Test
    void aSyncThatStoredChangesRefreshesCountsListAndDetail() {
        viewModel.start();
        OrderRow row = orders.rowsProperty().get().get(0);
        orders.select(List.of(row), row);
        source.lines.add(TestLine.of("4").paid(TestLine.PAID.plusSeconds(60)).build());

        sync.finished(SyncReport.Outcome.OK, 1, 0, null);

        assertThat(viewModel.tab(OrderTab.NEW).getCount()).isEqualTo(2);
        assertThat(orders.totalProperty().get()).isEqualTo(2);
        assertThat(orders.restoreIndex()).isEqualTo(1);
        assertThat(detailsRead).containsExactly("1", "1");
    }

    @Test
    void anEmptyListFillsWhileTheFirstSyncRuns() {
        source.lines.clear();
        viewModel.start();
        assertThat(orders.totalProperty().get()).isZero();
        source.lines.add(TestLine.of("5").build());

        sync.status(new SyncStatus(true, null, null, null));
        sync.progress(1, 14, 1);

        assertThat(orders.totalProperty().get()).isEqualTo(1);
        assertThat(viewModel.tab(OrderTab.NEW).getCount()).isEqualTo(1);
    }

    @Test
    void settingsAndTheSyncLogOpenThroughTheOpener() {
        viewModel.openSettingsCommand().execute();
        viewModel.openSyncLogCommand().execute();

        assertThat(opened).containsExactly("settings", "sync log");
        assertThat(viewModel.openSettingsCommand().isExecutable()).isTrue();
    }

    /** Two seconds pass every time anyone looks, so the live counts always follow a running sync here. */
    private static final class TickingClock extends Clock {

        private Instant now = Instant.parse("2026-11-20T03:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            now = now.plusSeconds(2);
            return now;
        }
    }
}
