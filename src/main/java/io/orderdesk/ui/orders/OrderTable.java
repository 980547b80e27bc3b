package io.orderdesk.ui.orders;

import io.orderdesk.store.SortColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Sets up the order table: one column per {@link OrderColumn} in the user's order and choice, sorting handed to the
 * store, and the column chooser (the table's own header menu) remembered through {@link ColumnChoice}.
 */
final class OrderTable {

    private final TableView<OrderRow> table;
    private final OrderListViewModel viewModel;
    private final OrderCells cells;
    private final ResourceBundle bundle;

    OrderTable(TableView<OrderRow> table, OrderListViewModel viewModel, Formats formats) {
        this.table = table;
        this.viewModel = viewModel;
        this.cells = new OrderCells(formats);
        this.bundle = formats.bundle();
    }

    void install() {
        ColumnChoice choice = viewModel.columns();
        List<TableColumn<OrderRow, OrderLine>> columns = new ArrayList<>();
        for (OrderColumn column : choice.shown()) {
            columns.add(column(column, true));
        }
        for (OrderColumn column : OrderColumn.values()) {
            if (!choice.isShown(column)) {
                columns.add(column(column, false));
            }
        }
        table.getColumns().setAll(columns);
        table.setTableMenuButtonVisible(true);
        table.setRowFactory(view -> new OrderTableRow());
        table.setSortPolicy(view -> {
            sortChanged();
            return true;
        });
        columns.stream().filter(c -> c.getUserData() == OrderColumn.PAYMENT_DATE).findFirst().ifPresent(c -> {
            c.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(c));
        });
        table.getColumns().addListener((ListChangeListener<TableColumn<OrderRow, ?>>) change -> choiceChanged());
    }

    private TableColumn<OrderRow, OrderLine> column(OrderColumn column, boolean visible) {
        TableColumn<OrderRow, OrderLine> tableColumn = new TableColumn<>(bundle.getString(column.headerKey()));
        tableColumn.setId("col_" + column.id());
        tableColumn.setUserData(column);
        tableColumn.setPrefWidth(column.width());
        tableColumn.setSortable(column.sort().isPresent());
        tableColumn.setVisible(visible);
        tableColumn.setCellValueFactory(features -> features.getValue().lineProperty());
        boolean numeric = column == OrderColumn.QUANTITY || column == OrderColumn.AMOUNT;
        tableColumn.setCellFactory(c -> new TableCell<>() {
            {
                setAlignment(numeric ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(OrderLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : cells.text(column, line));
            }
        });
        tableColumn.visibleProperty().addListener((obs, old, shown) -> choiceChanged());
        return tableColumn;
    }

    /** The store sorts; the table only shows the arrow. No column means the default order, newest payment first. */
    private void sortChanged() {
        if (table.getSortOrder().isEmpty()) {
            viewModel.sortBy(SortColumn.PAYMENT_DATE, true);
            return;
        }
        TableColumn<OrderRow, ?> first = table.getSortOrder().get(0);
        OrderColumn column = (OrderColumn) first.getUserData();
        column.sort().ifPresent(sort -> viewModel.sortBy(sort,
                first.getSortType() == TableColumn.SortType.DESCENDING));
    }

    private void choiceChanged() {
        List<OrderColumn> shown = new ArrayList<>();
        for (TableColumn<OrderRow, ?> column : table.getColumns()) {
            if (column.isVisible()) {
                shown.add((OrderColumn) column.getUserData());
            }
        }
        viewModel.columns().show(shown);
    }
}
