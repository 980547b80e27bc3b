package io.orderdesk.ui.main;

import io.orderdesk.ui.detail.OrderDetailView;
import io.orderdesk.ui.orders.Formats;
import io.orderdesk.ui.orders.OrderListView;
import io.orderdesk.ui.support.Command;
import io.orderdesk.ui.support.Fxml;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;

/**
 * Controller of {@code MainView.fxml}: the header, banners, status tabs, the order list beside the detail pane, and
 * the status bar. Bindings and forwarding only; F5 refreshes and Ctrl+F goes to the search box.
 */
public final class MainView {

    private final MainViewModel viewModel;
    private final ActionBarViewModel actions;
    private final Formats formats;
    private ActionBarView actionBar;
    private OrderListView ordersView;
    private OrderDetailView detailView;

    @FXML
    private BorderPane mainRoot;
    @FXML
    private Label modeLabel;
    @FXML
    private Button refreshButton;
    @FXML
    private Button syncLogButton;
    @FXML
    private Button settingsButton;
    @FXML
    private Button aboutButton;
    @FXML
    private HBox demoBanner;
    @FXML
    private Button connectButton;
    @FXML
    private HBox noticeBanner;
    @FXML
    private Label noticeLabel;
    @FXML
    private HBox problemBanner;
    @FXML
    private Label problemLabel;
    @FXML
    private Label reasonLabel;
    @FXML
    private Hyperlink problemDetailsLink;
    @FXML
    private ScrollPane statusTabsScroller;
    @FXML
    private Pane statusTabs;
    @FXML
    private StackPane actionBarHolder;
    @FXML
    private StackPane ordersHolder;
    @FXML
    private StackPane detailHolder;
    @FXML
    private ProgressBar syncProgress;
    @FXML
    private Label syncStatusLabel;
    @FXML
    private Label lastSyncedLabel;

    private MainView(MainViewModel viewModel, ActionBarViewModel actions, Formats formats) {
        this.viewModel = viewModel;
        this.actions = actions;
        this.formats = formats;
    }

    /** The window without order actions (the placeholder shown while the store opens). */
    public static MainView load(MainViewModel viewModel, Formats formats) {
        return load(viewModel, null, formats);
    }

    /** The window with the order actions' toolbar, context menu and shortcuts. */
    public static MainView load(MainViewModel viewModel, ActionBarViewModel actions, Formats formats) {
        return Fxml.load(MainView.class, "MainView.fxml", formats.bundle(),
                () -> new MainView(viewModel, actions, formats)).controller();
    }

    public Parent root() {
        return mainRoot;
    }

    public OrderListView ordersView() {
        return ordersView;
    }

    public OrderDetailView detailView() {
        return detailView;
    }

    @FXML
    private void initialize() {
        ordersView = OrderListView.load(viewModel.orders(), formats);
        ordersHolder.getChildren().setAll(ordersView.root());
        detailView = OrderDetailView.load(viewModel.detail(), formats);
        detailHolder.getChildren().setAll(detailView.root());
        new StatusTabsView(statusTabs, statusTabsScroller, viewModel).install();
        if (actions != null) {
            actionBar = new ActionBarView(actions, formats);
            actionBarHolder.getChildren().setAll(actionBar.toolbar());
            ordersView.table().setContextMenu(actionBar.contextMenu());
        }
        actionBarHolder.setVisible(actions != null);
        actionBarHolder.setManaged(actions != null);

        modeLabel.visibleProperty().bind(viewModel.demoProperty());
        showWhen(demoBanner, viewModel.demoProperty());
        showWhen(noticeBanner, viewModel.noticeProperty().isNotNull());
        noticeLabel.textProperty().bind(viewModel.noticeProperty());
        bind(connectButton, viewModel.openSettingsCommand());
        bind(settingsButton, viewModel.openSettingsCommand());
        bind(syncLogButton, viewModel.openSyncLogCommand());
        bind(aboutButton, viewModel.openAboutCommand());

        SyncBarViewModel sync = viewModel.sync();
        bind(refreshButton, sync.refreshCommand());
        showWhen(problemBanner, sync.problemProperty());
        sync.offlineProperty().addListener((obs, was, offline) -> offlineStyle(offline));
        offlineStyle(sync.offlineProperty().get());
        problemLabel.textProperty().bind(sync.problemTextProperty());
        reasonLabel.textProperty().bind(sync.reasonProperty());
        problemDetailsLink.setOnAction(event -> TraceDialog.show(mainRoot.getScene().getWindow(), formats,
                sync.reasonProperty().get(), sync.traceIdProperty().get()));
        syncProgress.progressProperty().bind(sync.progressProperty());
        syncProgress.visibleProperty().bind(sync.runningProperty());
        syncProgress.managedProperty().bind(syncProgress.visibleProperty());
        syncStatusLabel.textProperty().bind(sync.statusTextProperty());
        lastSyncedLabel.textProperty().bind(sync.lastSyncedTextProperty());

        mainRoot.sceneProperty().addListener((obs, old, scene) -> shortcuts(scene));
    }

    private void shortcuts(Scene scene) {
        if (scene == null) {
            return;
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5),
                () -> viewModel.sync().refreshCommand().execute());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> ordersView.focusSearch());
        if (actionBar != null) {
            actionBar.installShortcuts(scene);
        }
    }

    private void offlineStyle(boolean offline) {
        problemBanner.getStyleClass().remove("offline");
        if (offline) {
            problemBanner.getStyleClass().add("offline");
        }
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(condition::get, condition));
        node.managedProperty().bind(node.visibleProperty());
    }

    private static void bind(Button button, Command command) {
        button.disableProperty().bind(command.executableProperty().not());
        button.setOnAction(event -> command.execute());
    }
}
