package io.orderdesk.ui.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.sync.SyncReport;
import io.orderdesk.ui.support.InlineUiExecutor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncAlertFeedTest {

    private final List<Arrivals> received = new ArrayList<>();
    private final SyncAlertFeed feed = new SyncAlertFeed(new InlineUiExecutor(), report -> report.updated());

    SyncAlertFeedTest() {
        feed.subscribe(received::add);
    }

    @Test
    void aFinishedSyncReportsItsNewOrdersAndTheClaimCount() {
        feed.onFinished(report(SyncReport.Outcome.OK, List.of("p-1", "p-2"), 4));

        assertThat(received).containsExactly(new Arrivals(2, 4));
    }

    @Test
    void aFailedOrBusySyncBringsNothing() {
        feed.onFinished(report(SyncReport.Outcome.FAILED, List.of("p-1"), 1));
        feed.onFinished(report(SyncReport.Outcome.BUSY, List.of(), 0));

        assertThat(received).containsExactly(Arrivals.NONE, Arrivals.NONE);
    }

    private static SyncReport report(SyncReport.Outcome outcome, List<String> newOrders, int updated) {
        return new SyncReport(outcome, 1, 1, 3, newOrders.size(), updated, 0, 0, newOrders,
                outcome == SyncReport.Outcome.FAILED ? new IllegalStateException("down") : null);
    }
}
