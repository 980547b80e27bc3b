package io.orderdesk.ui.main;

import io.orderdesk.domain.OrderTab;
import io.orderdesk.ui.detail.OrderDetailViewModel;
import io.orderdesk.ui.orders.Formats;
import io.orderdesk.ui.orders.OrderListViewModel;
import io.orderdesk.ui.orders.OrderSource;
import io.orderdesk.ui.support.Command;
import io.orderdesk.ui.support.UiExecutor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The main window: status tabs with live counts over the order list and the detail pane, the sync bar, the demo
 * banner and the doors to settings and the sync log. It keeps the parts in step: a selected line goes to the detail
 * pane, a sync that stored changes re-reads counts, list and detail, and while a sync runs the counts follow it.
 */
public final class MainViewModel {

    /** How often the tab counts follow a running sync; each look costs a pass over the index. */
    static final long LIVE_COUNT_MILLIS = 1000;

    private final OrderSource source;
    private final OrderListViewModel orders;
    private final OrderDetailViewModel detail;
    private final SyncBarViewModel sync;
    private final UiExecutor executor;
    private final Clock clock;
    private final List<StatusTab> tabs = new ArrayList<>();
    private final ReadOnlyBooleanWrapper demo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper();
    private final Command openSettings;
    private final Command openSyncLog;
    private final Command openAbout;
    private long countsAt = Long.MIN_VALUE;
    private boolean countsPending;
    private boolean countsAgain;

    /**
     * @param demo   the app runs on the built-in practice shop
     * @param notice a sentence shown above the tabs (e.g. an incomplete connection setting), or {@code null}
     */
    public MainViewModel(OrderSource source, OrderListViewModel orders, OrderDetailViewModel detail,
                         SyncBarViewModel sync, ScreenOpener screens, UiExecutor executor, Formats formats,
                         Clock clock, boolean demo, String notice) {
        this.source = source;
        this.orders = orders;
        this.detail = detail;
        this.sync = sync;
        this.executor = executor;
        this.clock = clock;
        this.demo.set(demo);
        this.notice.set(notice);
        this.openSettings = Command.always(done -> {
            screens.openSettings();
            done.run();
        });
        this.openSyncLog = Command.always(done -> {
            screens.openSyncLog();
            done.run();
        });
        this.openAbout = Command.always(done -> {
            screens.openAbout();
            done.run();
        });
        for (OrderTab tab : OrderTab.values()) {
            // English names are long; the strip shows a short form (so all tabs fit one line) and the full title.
            String title = formats.text("tab." + tab.name());
            String shortKey = "tab.short." + tab.name();
            tabs.add(new StatusTab(tab, formats.has(shortKey) ? formats.text(shortKey) : title, title));
        }
        orders.currentProperty().addListener((obs, old, line) -> {
            if (line != null) {
                detail.show(line.productOrderId());
            }
        });
        sync.changedRunsProperty().addListener((obs, old, runs) -> storeChanged());
        sync.statusTextProperty().addListener((obs, old, text) -> {
            if (sync.runningProperty().get() && clock.millis() - countsAt >= LIVE_COUNT_MILLIS) {
                followRunningSync();
            }
        });
    }

    /** Shows the store as it is: counts and the first page of the selected tab. */
    public void start() {
        refreshCounts();
        orders.search();
    }

    /** Reads the tab counts again in the background; one read at a time, one more if asked meanwhile. */
    public void refreshCounts() {
        countsAt = clock.millis();
        if (countsPending) {
            countsAgain = true;
            return;
        }
        countsPending = true;
        executor.submit(source::tabCounts, this::applyCounts, error -> countsDone());
    }

    private void applyCounts(Map<OrderTab, Integer> counts) {
        for (StatusTab tab : tabs) {
            tab.setCount(counts.getOrDefault(tab.tab(), 0));
        }
        countsDone();
    }

    private void countsDone() {
        countsPending = false;
        if (countsAgain) {
            countsAgain = false;
            refreshCounts();
        }
    }

    /**
     * While a sync runs the counts follow it; an empty list fills as the first lines arrive (a first start), but a
     * list the user is working in is left alone until the sync is over.
     */
    private void followRunningSync() {
        refreshCounts();
        if (orders.totalProperty().get() == 0) {
            orders.reload();
        }
    }

    /** The store changed under the window (a sync, or an action's result): counts, list and detail read again. */
    public void storeChanged() {
        refreshCounts();
        orders.reload();
        detail.reload();
    }

    public List<StatusTab> tabs() {
        return List.copyOf(tabs);
    }

    public StatusTab tab(OrderTab tab) {
        return tabs.get(tab.ordinal());
    }

    public OrderListViewModel orders() {
        return orders;
    }

    public OrderDetailViewModel detail() {
        return detail;
    }

    public SyncBarViewModel sync() {
        return sync;
    }

    public Command openSettingsCommand() {
        return openSettings;
    }

    public Command openAboutCommand() {
        return openAbout;
    }

    public Command openSyncLogCommand() {
        return openSyncLog;
    }

    public ReadOnlyBooleanProperty demoProperty() {
        return demo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
