package io.orderdesk.app;

import io.orderdesk.store.OrderFilter;
import io.orderdesk.transfer.OrderExport;
import io.orderdesk.ui.importing.ImportPort;
import io.orderdesk.ui.importing.ImportView;
import io.orderdesk.ui.importing.ImportViewModel;
import io.orderdesk.ui.importing.SheetChooser;
import io.orderdesk.ui.orders.Formats;
import io.orderdesk.ui.orders.OrderCells;
import io.orderdesk.ui.orders.OrderColumn;
import io.orderdesk.ui.orders.OrderLine;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import io.orderdesk.domain.Coded;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.printing.DetailSheetLines;
import io.orderdesk.printing.OrderSheetPdf;
import io.orderdesk.printing.OrderSheetSource;
import io.orderdesk.printing.SheetLabels;
import io.orderdesk.store.OrderSummary;
import io.orderdesk.sync.ReviewSync;
import io.orderdesk.ui.about.AboutFacts;
import io.orderdesk.ui.about.AboutView;
import io.orderdesk.ui.about.AboutViewModel;
import io.orderdesk.ui.actionlog.ActionLogView;
import io.orderdesk.ui.actionlog.ActionLogViewModel;
import io.orderdesk.ui.actions.ActionDialogs;
import io.orderdesk.ui.actions.ActionTarget;
import io.orderdesk.ui.actions.LineResult;
import io.orderdesk.ui.main.ActionOpener;
import io.orderdesk.ui.printing.PrintPreviewView;
import io.orderdesk.ui.printing.PrintPreviewViewModel;
import io.orderdesk.ui.reviews.ReviewsView;
import io.orderdesk.ui.reviews.ReviewsViewModel;
import io.orderdesk.ui.reviews.StoreReviewsPort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.orderdesk.sync.ConnectionCheck;
import io.orderdesk.sync.ConnectionCheckRequest;
import io.orderdesk.sync.ConnectionSettings;
import io.orderdesk.ui.main.ScreenOpener;
import io.orderdesk.ui.settings.SettingsView;
import io.orderdesk.ui.settings.SettingsViewModel;
import io.orderdesk.ui.settings.StoreSettingsGateway;
import io.orderdesk.ui.synclog.SyncLogView;
import io.orderdesk.ui.synclog.SyncLogViewModel;
import java.util.function.Consumer;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the windows over the main window, each with a fresh view model: settings, sync log, the action dialogs, the
 * action log and reviews.
 */
final class AppScreens implements ScreenOpener, ActionOpener {

    private static final Logger LOG = LoggerFactory.getLogger(AppScreens.class);

    private final AppContext context;
    private final Window owner;
    private final Consumer<Runnable> settingsSaved;
    private final OutboxActionPort actionPort;
    private final ActionDialogs dialogs;
    private SheetChooser sheets;
    private final List<Stage> openDialogs = new ArrayList<>();
    private MainWindow main;

    /**
     * @param settingsSaved told after each save in the settings window, with a way to close that window (the app
     *                      reopens its context when the connection or language changed)
     */
    AppScreens(AppContext context, Window owner, Consumer<Runnable> settingsSaved) {
        this.context = context;
        this.owner = owner;
        this.settingsSaved = settingsSaved;
        this.actionPort = new OutboxActionPort(context.actions(), context.settings(), context.store().index());
        this.dialogs = new ActionDialogs(actionPort, context.executor(), context.bundle(), context.clock());
        this.sheets = SheetChooser.desktop(context.bundle());
    }

    /** Where "파일 선택…" of the import gets its file; tests, which have no file dialog, hand one over. */
    void chooseSheetsWith(SheetChooser chooser) {
        this.sheets = chooser;
    }

    /** The main window, once built: "주문 보기" in the reviews screen shows a line in it. */
    void attach(MainWindow window) {
        this.main = window;
    }

    /** Filters the main window down to one product order and selects it, so the detail pane shows it. */
    private void showInMain(String productOrderId) {
        if (main == null) {
            return;
        }
        main.viewModel().orders().show(productOrderId);
        owner.requestFocus();
    }

    @Override
    public void openAction(OrderAction action, List<String> productOrderIds) {
        context.executor().submit(() -> context.store().index().summaries(productOrderIds), lines -> {
            Map<String, Instant> dueDates = new HashMap<>();
            List<ActionTarget> targets = new ArrayList<>();
            for (OrderSummary line : lines) {
                targets.add(target(line));
                if (line.shippingDueDate() != null) {
                    dueDates.put(line.productOrderId(), line.shippingDueDate());
                }
            }
            Stage dialog = dialogs.open(action, targets, dueDates, owner);
            openDialogs.add(dialog);
            dialog.setOnHidden(event -> openDialogs.remove(dialog));
        }, error -> LOG.warn("Cannot open the {} dialog", action, error));
    }

    /** True while an action dialog is open (it shows its own results, held-back lines included). */
    boolean dialogOpen() {
        return !openDialogs.isEmpty();
    }

    /** Lists dispatch lines the outbox held back after their dialog was closed. */
    void showHeldBack(List<LineResult> lines) {
        dialogs.heldBackDialog().show(owner, lines);
    }

    @Override
    public void openPrint(List<String> productOrderIds) {
        OrderSheetSource source = DetailSheetLines.source(context.details()::load);
        OrderSheetPdf pdf = new OrderSheetPdf(SheetLabels.from(context.bundle()::getString));
        PrintPreviewViewModel viewModel = new PrintPreviewViewModel(source, pdf, context.executor(),
                context.bundle(), context.clock());
        PrintPreviewView.open(owner, viewModel, context.bundle(), productOrderIds);
    }

    @Override
    public void openImport() {
        ImportPort port = new ImportPort() {
            @Override
            public List<OrderSummary> summaries(Collection<String> ids) {
                return context.store().index().summaries(ids);
            }

            @Override
            public void submitDispatch(List<io.orderdesk.ui.actions.DraftLine> lines) {
                actionPort.submit(OrderAction.DISPATCH, lines);
            }
        };
        ImportView.open(owner, new ImportViewModel(port, context.executor(), context.bundle(), context.clock()),
                context.bundle(), sheets);
    }

    @Override
    public void exportView(OrderFilter filter, List<OrderColumn> columns) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"),
                new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
        chooser.setInitialFileName("orders-" + LocalDate.now(context.clock()) + ".xlsx");
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return;
        }
        Path file = chosen.toPath();
        Formats formats = new Formats(context.bundle());
        OrderCells cells = new OrderCells(formats);
        List<OrderExport.Column> exported = columns.stream().map(column -> new OrderExport.Column(
                formats.text(column.headerKey()),
                summary -> cells.text(column, new OrderLine(summary, null, false)))).toList();
        context.executor().submit(() -> {
            OrderFilter everything = filter.page(0, Integer.MAX_VALUE);
            List<OrderSummary> rows = context.orderSource().search(everything).rows();
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                OrderExport.writeCsv(rows, exported, file);
            } else {
                OrderExport.writeXlsx(rows, exported, file);
            }
            return rows.size();
        }, count -> info(formats.text("main.export.done", count, file.getFileName())),
                error -> info(formats.text("main.export.failed", error.getMessage())));
    }

    private void info(String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.initOwner(owner);
        alert.setHeaderText(null);
        alert.show();
    }

    @Override
    public void openAbout() {
        AboutViewModel viewModel = new AboutViewModel(new AboutFacts(AppInfo.version(), context.dataFolder(),
                LogFolder.ofSystem(), System.getProperty("java.runtime.version")), context.bundle());
        AboutView.open(owner, viewModel, context.bundle());
    }

    @Override
    public void openActionLog() {
        ActionLogViewModel viewModel = new ActionLogViewModel(new OutboxLogPort(context.actions(),
                context.settings()), context.executor(), context.bundle());
        ActionLogView.open(owner, viewModel, context.bundle());
    }

    @Override
    public void openReviews() {
        ReviewSync sync = context.client().map(client -> new ReviewSync(client, context.store().reviews(),
                context.clock())).orElse(null);
        ReviewsViewModel viewModel = new ReviewsViewModel(new StoreReviewsPort(context.store().reviews(), sync),
                context.executor(), context.bundle(), context.clock(), this::showInMain);
        ReviewsView.open(owner, viewModel, context.bundle());
    }

    private static ActionTarget target(OrderSummary line) {
        DeliveryCompany company = line.deliveryCompany() == null ? null
                : Coded.lookup(DeliveryCompany.class, line.deliveryCompany());
        return new ActionTarget(line.productOrderId(), line.orderId(), line.productName(), line.productOption(),
                line.quantity() == null ? 1 : line.quantity(), line.receiverName(), line.facts(),
                line.addressChanged(), company == DeliveryCompany.UNKNOWN ? null : company, line.trackingNumber());
    }

    AppScreens(AppContext context, Window owner) {
        this(context, owner, close -> { });
    }

    @Override
    public void openSettings() {
        ConnectionCheckRequest demoTarget = context.sandbox().map(sandbox -> new ConnectionCheckRequest(
                ConnectionSettings.CUSTOM, sandbox.baseUrl(), sandbox.clientId(), sandbox.clientSecret(),
                sandbox.merchantId())).orElse(null);
        SettingsViewModel viewModel = new SettingsViewModel(
                new StoreSettingsGateway(context.settings(), new ConnectionCheck(), demoTarget),
                context.executor(), context.bundle());
        Stage stage = SettingsView.open(owner, viewModel, context.bundle());
        viewModel.lastSavedProperty().addListener((observable, before, saved) -> {
            if (saved != null) {
                settingsSaved.accept(stage::close);
            }
        });
    }

    @Override
    public void openSyncLog() {
        SyncLogViewModel viewModel = new SyncLogViewModel(limit -> context.store().ledger().recent(limit),
                context.executor(), context.bundle());
        SyncLogView.open(owner, viewModel, context.bundle());
    }
}
