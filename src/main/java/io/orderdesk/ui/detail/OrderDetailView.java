package io.orderdesk.ui.detail;

import io.orderdesk.ui.orders.Formats;
import io.orderdesk.ui.support.Fxml;
import io.orderdesk.ui.support.Windows;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Controller of {@code OrderDetailView.fxml}: renders the view model's cards and timeline. Values can be copied with
 * a right click, since staff paste addresses and tracking numbers elsewhere all day.
 */
public final class OrderDetailView {

    private final OrderDetailViewModel viewModel;
    private final Formats formats;

    @FXML
    private VBox detailRoot;
    @FXML
    private VBox detailHeader;
    @FXML
    private Label detailTitle;
    @FXML
    private Label detailSubtitle;
    @FXML
    private ScrollPane detailScroll;
    @FXML
    private VBox cardsBox;
    @FXML
    private VBox historyCard;
    @FXML
    private VBox historyBox;
    @FXML
    private Label detailMessage;
    @FXML
    private ProgressIndicator detailLoading;

    private OrderDetailView(OrderDetailViewModel viewModel, Formats formats) {
        this.viewModel = viewModel;
        this.formats = formats;
    }

    public static OrderDetailView load(OrderDetailViewModel viewModel, Formats formats) {
        return Fxml.load(OrderDetailView.class, "OrderDetailView.fxml", formats.bundle(),
                () -> new OrderDetailView(viewModel, formats)).controller();
    }

    public Parent root() {
        return detailRoot;
    }

    /** The cards and timeline at their full height, however much of them the pane shows. */
    public Parent content() {
        return cardsBox;
    }

    @FXML
    private void initialize() {
        detailTitle.textProperty().bind(viewModel.titleProperty());
        detailHeader.visibleProperty().bind(viewModel.titleProperty().isNotNull());
        detailHeader.managedProperty().bind(detailHeader.visibleProperty());
        detailSubtitle.textProperty().bind(viewModel.subtitleProperty());
        detailMessage.textProperty().bind(viewModel.messageProperty());
        detailMessage.visibleProperty().bind(viewModel.messageProperty().isNotNull()
                .and(viewModel.loadingProperty().not()));
        detailLoading.visibleProperty().bind(viewModel.loadingProperty());
        historyCard.visibleProperty().bind(Bindings.isNotEmpty(viewModel.history()));
        historyCard.managedProperty().bind(historyCard.visibleProperty());
        viewModel.cards().addListener((ListChangeListener<DetailSection>) change -> renderCards());
        viewModel.history().addListener((ListChangeListener<TimelineEntry>) change -> renderHistory());
        renderCards();
        renderHistory();
    }

    private void renderCards() {
        cardsBox.getChildren().retainAll(historyCard);
        int at = 0;
        for (DetailSection section : viewModel.cards()) {
            cardsBox.getChildren().add(at++, card(section));
        }
        detailScroll.setVvalue(0);
    }

    private VBox card(DetailSection section) {
        Label title = new Label(section.title());
        title.getStyleClass().add("card-title");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("card-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(96);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, values);
        int row = 0;
        for (DetailField field : section.fields()) {
            Label label = new Label(field.label());
            label.getStyleClass().add("field-label");
            Label value = new Label(field.value());
            value.getStyleClass().add("field-value");
            value.setWrapText(true);
            if (field.flagged()) {
                value.getStyleClass().add("flagged");
            }
            value.setContextMenu(copyMenu(field.value()));
            grid.addRow(row++, label, value);
        }
        VBox card = new VBox(title, grid);
        card.setId("card-" + section.id());
        card.getStyleClass().addAll("detail-card", section.id().startsWith("completed-") ? "completed" : section.id());
        return card;
    }

    private ContextMenu copyMenu(String text) {
        MenuItem copy = new MenuItem(formats.text("detail.copy"));
        copy.setOnAction(event -> Windows.copyToClipboard(text));
        return new ContextMenu(copy);
    }

    private void renderHistory() {
        historyBox.getChildren().clear();
        for (TimelineEntry entry : viewModel.history()) {
            Label time = new Label(entry.time());
            time.getStyleClass().add("timeline-time");
            Label title = new Label(entry.title());
            title.getStyleClass().add("timeline-title");
            VBox item = new VBox(time, title);
            for (String change : entry.changes()) {
                Label line = new Label(change);
                line.getStyleClass().add("timeline-change");
                line.setWrapText(true);
                item.getChildren().add(line);
            }
            item.getStyleClass().add("timeline-entry");
            historyBox.getChildren().add(item);
        }
    }
}
