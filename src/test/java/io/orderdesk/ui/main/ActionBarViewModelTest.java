package io.orderdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.OrderAction;
import io.orderdesk.domain.OrderTab;
import io.orderdesk.ui.orders.ColumnChoice;
import io.orderdesk.ui.orders.FakeOrderSource;
import io.orderdesk.ui.orders.OrderListViewModel;
import io.orderdesk.ui.orders.OrderRow;
import io.orderdesk.ui.orders.SeenMarks;
import io.orderdesk.ui.orders.TestLine;
import io.orderdesk.ui.support.InlineUiExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The toolbar offers what the selected lines allow, and opens dialogs over every selected id. */
class ActionBarViewModelTest {

    private final FakeOrderSource source = new FakeOrderSource(List.of(
            TestLine.of("1001").build(),
            TestLine.of("1002").status("PAYED", "OK").paid(TestLine.PAID.plusSeconds(1)).build(),
            TestLine.of("1003").status("DELIVERED", "OK").claim("RETURN", "RETURN_REQUEST", TestLine.PAID)
                    .held().paid(TestLine.PAID.plusSeconds(2)).build()));
    private final OrderListViewModel orders = new OrderListViewModel(source, new InlineUiExecutor(),
            new SeenMarks(Map.of(), marks -> { }), new ColumnChoice(null, value -> { }),
            Clock.fixed(Instant.parse("2026-11-20T03:00:00Z"), ZoneOffset.UTC));
    private final List<String> opened = new ArrayList<>();
    private final ActionBarViewModel actions = new ActionBarViewModel(orders, new ActionOpener() {
        @Override
        public void openAction(OrderAction action, List<String> productOrderIds) {
            opened.add(action + " " + productOrderIds);
        }

        @Override
        public void openActionLog() {
            opened.add("log");
        }

        @Override
        public void openReviews() {
            opened.add("reviews");
        }

        @Override
        public void openPrint(List<String> productOrderIds) {
            opened.add("print " + productOrderIds);
        }
    });

    private List<OrderRow> rows(String... ids) {
        orders.tabProperty().set(OrderTab.ALL);
        List<OrderRow> all = orders.rowsProperty().get();
        List<String> wanted = List.of(ids);
        return all.stream().filter(row -> row.isLoaded() && wanted.contains(row.getLine().productOrderId()))
                .toList();
    }

    @Test
    void nothingSelectedOffersNothing() {
        rows();

        for (OrderAction action : OrderAction.values()) {
            assertThat(actions.command(action).isExecutable()).as(action.name()).isFalse();
        }
        assertThat(actions.printCommand().isExecutable()).isFalse();
        assertThat(actions.actionLogCommand().isExecutable()).isTrue();
    }

    @Test
    void anActionIsOfferedWhileOneSelectedLineAllowsIt() {
        List<OrderRow> selected = rows("1001", "1002");
        orders.select(selected, selected.get(0));

        assertThat(actions.offeredProperty(OrderAction.CONFIRM).get()).isTrue();
        assertThat(actions.offeredProperty(OrderAction.DISPATCH).get()).isTrue();
        assertThat(actions.offeredProperty(OrderAction.CANCEL_REQUEST).get()).isTrue();
        assertThat(actions.offeredProperty(OrderAction.RETURN_HOLDBACK_RELEASE).get()).isFalse();

        List<OrderRow> held = rows("1003");
        orders.select(held, held.get(0));

        assertThat(actions.offeredProperty(OrderAction.RETURN_HOLDBACK_RELEASE).get()).isTrue();
        assertThat(actions.offeredProperty(OrderAction.RETURN_APPROVE).get()).as("approve while held").isFalse();
        assertThat(actions.offeredProperty(OrderAction.CONFIRM).get()).isFalse();
    }

    @Test
    void openingHandsOverEverySelectedId() {
        List<OrderRow> selected = rows("1001", "1002");
        orders.select(selected, selected.get(0));

        actions.command(OrderAction.CONFIRM).execute();
        actions.printCommand().execute();
        actions.command(OrderAction.RETURN_APPROVE).execute();

        assertThat(opened).hasSize(2);
        assertThat(opened.get(0)).startsWith("CONFIRM [").contains("1001", "1002");
        assertThat(opened.get(1)).startsWith("print [").contains("1001", "1002");
    }
}
