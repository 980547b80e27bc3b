package io.orderdesk.ui.orders;

import io.orderdesk.store.ClaimFilter;
import io.orderdesk.ui.support.Fxml;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Controller of {@code OrderListView.fxml}: search, filters and the order table, bound to the view model. */
public final class OrderListView {

    private final OrderListViewModel viewModel;
    private final Formats formats;

    @FXML
    private VBox ordersRoot;
    @FXML
    private TextField searchField;
    @FXML
    private ComboBox<Period> periodBox;
    @FXML
    private ComboBox<ClaimFilter> claimBox;
    @FXML
    private Label resultLabel;
    @FXML
    private Label failureLabel;
    @FXML
    private TableView<OrderRow> orderTable;
    @FXML
    private Label emptyLabel;

    private OrderListView(OrderListViewModel viewModel, Formats formats) {
        this.viewModel = viewModel;
        this.formats = formats;
    }

    public static OrderListView load(OrderListViewModel viewModel, Formats formats) {
        return Fxml.load(OrderListView.class, "OrderListView.fxml", formats.bundle(),
                () -> new OrderListView(viewModel, formats)).controller();
    }

    public Parent root() {
        return ordersRoot;
    }

    public TableView<OrderRow> table() {
        return orderTable;
    }

    /** Ctrl+F. */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        choices(periodBox, List.of(Period.values()), period -> formats.text(period.labelKey()));
        periodBox.valueProperty().bindBidirectional(viewModel.periodProperty());
        choices(claimBox, List.of(ClaimFilter.values()), claims -> formats.text("orders.claims." + claims.name()));
        claimBox.valueProperty().bindBidirectional(viewModel.claimsProperty());

        new OrderTable(orderTable, viewModel, formats).install();
        orderTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        orderTable.setFixedCellSize(30);
        orderTable.setPlaceholder(emptyLabel);
        emptyLabel.textProperty().bind(Bindings.when(viewModel.loadingProperty())
                .then(formats.text("orders.loading")).otherwise(formats.text("orders.empty")));
        ListChangeListener<OrderRow> selection = change -> pushSelection();
        orderTable.getSelectionModel().getSelectedItems().addListener(selection);
        orderTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> pushSelection());
        show(viewModel.rowsProperty().get());
        viewModel.rowsProperty().addListener((obs, old, rows) -> show(rows));

        resultLabel.textProperty().bind(Bindings.createStringBinding(this::resultText,
                viewModel.totalProperty(), viewModel.selection()));
        failureLabel.visibleProperty().bind(viewModel.failureProperty().isNotNull());
        failureLabel.managedProperty().bind(failureLabel.visibleProperty());
        failureLabel.setText(formats.text("orders.failed"));
    }

    private void show(ObservableList<OrderRow> rows) {
        orderTable.setItems(rows);
        int restore = viewModel.restoreIndex();
        if (restore >= 0) {
            orderTable.getSelectionModel().clearAndSelect(restore);
            orderTable.scrollTo(Math.max(0, restore - 3));
        }
    }

    private void pushSelection() {
        viewModel.select(List.copyOf(orderTable.getSelectionModel().getSelectedItems()),
                orderTable.getSelectionModel().getSelectedItem());
    }

    private String resultText() {
        String total = formats.text("orders.total", formats.number(viewModel.totalProperty().get()));
        int selected = viewModel.selection().size();
        return selected > 1 ? total + " · " + formats.text("orders.selected", formats.number(selected)) : total;
    }

    private static <T> void choices(ComboBox<T> box, List<T> values, Function<T, String> text) {
        box.getItems().setAll(values);
        StringConverter<T> converter = new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
        box.setConverter(converter);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
    }
}
