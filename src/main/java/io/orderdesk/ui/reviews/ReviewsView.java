package io.orderdesk.ui.reviews;

import io.orderdesk.ui.support.Columns;
import io.orderdesk.ui.support.Fxml;
import io.orderdesk.ui.support.Windows;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ResourceBundle;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Controller of {@code ReviewsView.fxml}: binds the view model and forwards presses, nothing more. */
public class ReviewsView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final ReviewsViewModel viewModel;
    private boolean syncing;

    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private Button fetchButton;
    @FXML private ProgressIndicator progress;
    @FXML private Label statusLabel;
    @FXML private Label summaryLabel;
    @FXML private Label periodError;
    @FXML private HBox banner;
    @FXML private Label bannerLabel;
    @FXML private Label bannerTraceLabel;
    @FXML private Button copyTraceButton;
    @FXML private TableView<ReviewItem> reviewTable;
    @FXML private TableColumn<ReviewItem, String> createdColumn;
    @FXML private TableColumn<ReviewItem, String> productOrderColumn;
    @FXML private TableColumn<ReviewItem, String> productColumn;
    @FXML private TableColumn<ReviewItem, String> scoreColumn;
    @FXML private TableColumn<ReviewItem, String> typeColumn;
    @FXML private TableColumn<ReviewItem, String> writerColumn;
    @FXML private TableColumn<ReviewItem, String> contentColumn;
    @FXML private Button showOrderButton;
    @FXML private Button closeButton;

    public ReviewsView(ReviewsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /**
     * Opens the reviews in their own window beside the main window (not modal) and shows the stored reviews of the
     * default period.
     *
     * @param owner the main window, or null
     * @return the window, already showing
     */
    public static Stage open(Window owner, ReviewsViewModel viewModel, ResourceBundle bundle) {
        Stage stage = Windows.owned(owner, bundle.getString("reviews.title"));
        viewModel.useClipboard(Windows::copyToClipboard);
        stage.setScene(new Scene(load(viewModel, bundle)));
        stage.show();
        viewModel.start();
        return stage;
    }

    /** The reviews screen alone, e.g. for embedding; the caller starts the view model. */
    public static Parent load(ReviewsViewModel viewModel, ResourceBundle bundle) {
        return Fxml.load(ReviewsView.class, "ReviewsView.fxml", bundle, () -> new ReviewsView(viewModel)).root();
    }

    @FXML
    private void initialize() {
        for (DatePicker picker : new DatePicker[] {fromPicker, toPicker}) {
            picker.setConverter(new IsoDates());
        }
        fromPicker.valueProperty().bindBidirectional(viewModel.fromProperty());
        toPicker.valueProperty().bindBidirectional(viewModel.toProperty());
        periodError.textProperty().bind(viewModel.periodErrorProperty());
        showOnlyWithText(periodError);
        fetchButton.disableProperty().bind(viewModel.fetchCommand().executableProperty().not());
        progress.visibleProperty().bind(viewModel.fetchCommand().runningProperty().or(viewModel.readingProperty()));
        statusLabel.textProperty().bind(viewModel.statusProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        bannerLabel.textProperty().bind(viewModel.bannerProperty());
        banner.visibleProperty().bind(viewModel.bannerProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        bannerTraceLabel.textProperty().bind(viewModel.bannerTraceIdProperty().map(
                id -> id.isEmpty() ? "" : "Trace ID " + id));
        copyTraceButton.visibleProperty().bind(viewModel.copyTraceIdCommand().executableProperty());
        copyTraceButton.managedProperty().bind(copyTraceButton.visibleProperty());
        showOrderButton.disableProperty().bind(viewModel.showOrderCommand().executableProperty().not());

        SortedList<ReviewItem> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(reviewTable.comparatorProperty());
        reviewTable.setItems(sorted);
        reviewTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Columns.show(createdColumn, ReviewItem::created);
        Columns.show(productOrderColumn, ReviewItem::productOrderId);
        Columns.show(productColumn, ReviewItem::productName);
        productColumn.setCellFactory(column -> new ContentCell());
        Columns.show(scoreColumn, ReviewItem::score);
        scoreColumn.getStyleClass().add("score");
        Columns.show(typeColumn, ReviewItem::type);
        Columns.show(writerColumn, ReviewItem::writer);
        Columns.show(contentColumn, ReviewItem::content);
        contentColumn.setCellFactory(column -> new ContentCell());
        reviewTable.setRowFactory(table -> {
            TableRow<ReviewItem> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.showOrderCommand().execute();
                }
            });
            return row;
        });
        reviewTable.getSelectionModel().selectedItemProperty().addListener((observable, was, item) -> {
            if (!syncing) {
                viewModel.selectedProperty().set(item);
            }
        });
        viewModel.selectedProperty().addListener((observable, was, item) -> {
            syncing = true;
            try {
                if (item == null) {
                    reviewTable.getSelectionModel().clearSelection();
                } else {
                    reviewTable.getSelectionModel().select(item);
                }
            } finally {
                syncing = false;
            }
        });
    }

    private static void showOnlyWithText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    @FXML
    private void fetch() {
        viewModel.fetchCommand().execute();
    }

    @FXML
    private void copyTrace() {
        viewModel.copyTraceIdCommand().execute();
    }

    @FXML
    private void showOrder() {
        viewModel.showOrderCommand().execute();
    }

    @FXML
    private void close() {
        closeButton.getScene().getWindow().hide();
    }


    /** Reviews and product names can be long: the column shows the start, the tooltip all of it. */
    private static final class ContentCell extends TableCell<ReviewItem, String> {

        private final Tooltip tooltip = new Tooltip();

        ContentCell() {
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(520);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            boolean blank = empty || text == null || text.isEmpty();
            setText(blank ? null : text);
            tooltip.setText(blank ? "" : text);
            setTooltip(blank ? null : tooltip);
        }
    }

    /** Dates as {@code 2026-11-20} whatever the PC's locale; a typed date that does not parse is left out. */
    private static final class IsoDates extends StringConverter<LocalDate> {

        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : DAY.format(date);
        }

        @Override
        public LocalDate fromString(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip(), DAY);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
