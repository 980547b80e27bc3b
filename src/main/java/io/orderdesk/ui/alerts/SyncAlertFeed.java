package io.orderdesk.ui.alerts;

import io.orderdesk.sync.SyncReport;
import io.orderdesk.sync.SyncService;
import io.orderdesk.ui.support.UiExecutor;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * The sync service as an {@link AlertFeed}: register it with {@code syncService.addListener(feed)}. A sync that did
 * not finish OK brings nothing. New orders are {@link SyncReport#newOrders()}; the report has no claim count yet, so
 * new claims come from {@code newClaims} (e.g. {@code report -> 0}).
 */
public final class SyncAlertFeed implements AlertFeed, SyncService.Listener {

    private final UiExecutor executor;
    private final ToIntFunction<SyncReport> newClaims;
    private final List<Consumer<Arrivals>> listeners = new CopyOnWriteArrayList<>();

    public SyncAlertFeed(UiExecutor executor, ToIntFunction<SyncReport> newClaims) {
        this.executor = executor;
        this.newClaims = newClaims;
    }

    @Override
    public void subscribe(Consumer<Arrivals> listener) {
        listeners.add(listener);
    }

    @Override
    public void onFinished(SyncReport report) {
        Arrivals arrivals = report.ok()
                ? new Arrivals(report.newOrders().size(), Math.max(0, newClaims.applyAsInt(report)))
                : Arrivals.NONE;
        executor.onUi(() -> listeners.forEach(listener -> listener.accept(arrivals)));
    }
}
