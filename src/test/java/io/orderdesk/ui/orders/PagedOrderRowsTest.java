package io.orderdesk.ui.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.ShippingContact;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagedOrderRowsTest {

    private final QueuedUiExecutor executor = new QueuedUiExecutor();
    private final List<Integer> fetched = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();

    private PagedOrderRows rows(int size, int available) {
        return new PagedOrderRows(size, (offset, limit) -> {
            fetched.add(offset);
            List<OrderLine> lines = new ArrayList<>();
            for (int i = offset; i < Math.min(available, offset + limit); i++) {
                lines.add(new OrderLine(TestLine.of("id" + i).build(), ShippingContact.NONE, false));
            }
            return lines;
        }, executor, failures::add);
    }

    @Test
    void aHundredThousandRowsCostOnlyThePagesTheTableAsksFor() {
        PagedOrderRows rows = rows(100_000, 100_000);

        OrderRow row = rows.get(54_321);
        assertThat(rows).hasSize(100_000);
        assertThat(row.isLoaded()).isFalse();

        executor.runAll();
        assertThat(fetched).containsExactly(54_300);
        assertThat(row.getLine().productOrderId()).isEqualTo("id54321");
        assertThat(rows.get(54_399)).isNotNull();
        assertThat(executor.pending()).isZero();
        assertThat(rows.indexOf("id54350")).isEqualTo(54_350);
        assertThat(rows.indexOf("id1")).isEqualTo(-1);
    }

    @Test
    void touchingEveryRowKeepsTheLoadedPagesOnScreen() {
        PagedOrderRows rows = rows(100_000, 100_000);
        OrderRow top = rows.get(0);
        OrderRow next = rows.get(PagedOrderRows.PAGE_SIZE);
        executor.runAll();

        // What the table does on select all: every row, in order.
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i);
        }

        assertThat(rows.get(0)).isSameAs(top);
        assertThat(rows.get(PagedOrderRows.PAGE_SIZE)).isSameAs(next);
        assertThat(top.isLoaded()).isTrue();
        assertThat(next.isLoaded()).isTrue();
    }

    @Test
    void theRowObjectStaysTheSameWhileItsLineArrives() {
        PagedOrderRows rows = rows(250, 250);
        OrderRow before = rows.get(120);

        executor.runAll();

        assertThat(rows.get(120)).isSameAs(before);
        assertThat(before.index()).isEqualTo(120);
        assertThat(before.lineProperty().get().productOrderId()).isEqualTo("id120");
    }

    @Test
    void pagesScrolledPastBeforeTheirTurnAreNeverFetched() {
        PagedOrderRows rows = rows(100_000, 100_000);
        for (int page = 0; page < 10; page++) {
            rows.get(page * PagedOrderRows.PAGE_SIZE);
        }

        executor.runAll();

        assertThat(fetched).hasSize(1 + PagedOrderRows.WAITING_PAGES);
        assertThat(fetched.get(0)).isZero();
        assertThat(fetched.subList(1, fetched.size())).containsExactly(900, 800, 700, 600);
    }

    @Test
    void aPageThatCameBackShortLeavesItsMissingRowsGone() {
        PagedOrderRows rows = rows(150, 120);
        rows.get(140);

        executor.runAll();

        assertThat(rows.get(119).isLoaded()).isTrue();
        assertThat(rows.get(140).isLoaded()).isFalse();
        assertThat(rows.get(140).isGone()).isTrue();
        assertThat(executor.pending()).isZero();
    }

    @Test
    void aClosedListIgnoresLateAnswersAndAFailedPageIsReported() {
        PagedOrderRows closed = rows(300, 300);
        OrderRow row = closed.get(10);
        closed.close();
        executor.runAll();
        assertThat(row.isLoaded()).isFalse();

        PagedOrderRows failing = new PagedOrderRows(300, (offset, limit) -> {
            throw new IllegalStateException("store closed");
        }, executor, failures::add);
        failing.get(5);
        executor.runAll();
        failing.get(5);
        assertThat(executor.pending()).isZero();
        assertThat(failures).hasSize(1);
    }
}
