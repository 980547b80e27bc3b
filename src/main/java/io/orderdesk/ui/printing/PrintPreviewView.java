package io.orderdesk.ui.printing;

import io.orderdesk.printing.OrderSheet;
import io.orderdesk.ui.support.Fxml;
import io.orderdesk.ui.support.Windows;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Controller of {@code PrintPreviewView.fxml}: shows the current page and forwards button presses. */
public class PrintPreviewView {

    /** Rendered a little above screen resolution and scaled to the window, so small print stays legible. */
    private static final float PREVIEW_DPI = 120;
    private static final double PAGE_PADDING = 20;

    private final PrintPreviewViewModel viewModel;
    private final PdfPages pages = new PdfPages();

    @FXML private Label summaryLabel;
    @FXML private Button previousButton;
    @FXML private Label pageLabel;
    @FXML private Button nextButton;
    @FXML private ListView<OrderSheet> sheetList;
    @FXML private ScrollPane pageScroll;
    @FXML private ImageView pageImage;
    @FXML private Label statusLabel;
    @FXML private Button printButton;
    @FXML private Button saveButton;
    @FXML private Button closeButton;

    public PrintPreviewView(PrintPreviewViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /**
     * Opens the preview in its own window and starts building the sheets of {@code productOrderIds}.
     *
     * @param owner the main window, or null
     */
    public static Stage open(Window owner, PrintPreviewViewModel viewModel, ResourceBundle bundle,
                             java.util.List<String> productOrderIds) {
        Stage stage = Windows.owned(owner, bundle.getString("print.title"));
        stage.setScene(new Scene(load(viewModel, bundle)));
        viewModel.useTarget(new DesktopPrintTarget(stage, bundle));
        viewModel.onClose(stage::hide);
        stage.show();
        viewModel.load(productOrderIds);
        return stage;
    }

    /** The preview alone; the caller sets the view model's target and closer. */
    public static Parent load(PrintPreviewViewModel viewModel, ResourceBundle bundle) {
        return Fxml.load(PrintPreviewView.class, "PrintPreviewView.fxml", bundle,
                () -> new PrintPreviewView(viewModel)).root();
    }

    @FXML
    private void initialize() {
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        pageLabel.textProperty().bind(viewModel.pageLabelProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        previousButton.disableProperty().bind(viewModel.previousCommand().executableProperty().not());
        nextButton.disableProperty().bind(viewModel.nextCommand().executableProperty().not());
        printButton.disableProperty().bind(viewModel.printCommand().executableProperty().not());
        saveButton.disableProperty().bind(viewModel.saveCommand().executableProperty().not());
        sheetList.setItems(viewModel.sheets());
        sheetList.setCellFactory(list -> new SheetCell());
        viewModel.selectedSheetProperty().addListener((o, was, sheet) -> {
            if (sheet != null && sheetList.getSelectionModel().getSelectedItem() != sheet) {
                sheetList.getSelectionModel().select(sheet);
                sheetList.scrollTo(sheet);
            }
        });
        sheetList.getSelectionModel().selectedItemProperty().addListener((o, was, sheet) -> {
            if (sheet != null) {
                viewModel.selectedSheetProperty().set(sheet);
            }
        });
        viewModel.outputProperty().addListener((o, was, output) -> {
            pages.open(output == null ? null : output.bytes());
            showPage();
        });
        viewModel.pageIndexProperty().addListener((o, was, now) -> showPage());
        pageImage.setSmooth(true);
        pageScroll.viewportBoundsProperty().addListener((o, was, bounds) ->
                pageImage.setFitWidth(Math.max(200, bounds.getWidth() - 2 * PAGE_PADDING)));
        pageImage.sceneProperty().addListener((o, was, scene) -> {
            if (scene == null) {
                pages.close();
            }
        });
    }

    private void showPage() {
        pageImage.setImage(pages.render(viewModel.pageIndexProperty().get(), PREVIEW_DPI));
        pageScroll.setVvalue(0);
    }

    @FXML
    private void previous() {
        viewModel.previousCommand().execute();
    }

    @FXML
    private void next() {
        viewModel.nextCommand().execute();
    }

    @FXML
    private void print() {
        viewModel.printCommand().execute();
    }

    @FXML
    private void save() {
        viewModel.saveCommand().execute();
    }

    @FXML
    private void close() {
        viewModel.closeCommand().execute();
    }

    /** "1. 이두리 · 2026112910000001". */
    private final class SheetCell extends ListCell<OrderSheet> {
        @Override
        protected void updateItem(OrderSheet sheet, boolean empty) {
            super.updateItem(sheet, empty);
            setText(empty || sheet == null ? null
                    : (viewModel.sheets().indexOf(sheet) + 1) + ". " + sheet.recipientName() + " · "
                    + sheet.orderId() + " (" + sheet.items().size() + ")");
        }
    }
}
