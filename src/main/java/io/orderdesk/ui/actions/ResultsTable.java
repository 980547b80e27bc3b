package io.orderdesk.ui.actions;

import io.orderdesk.ui.support.Columns;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Cells of the per-line result tables: a state badge, a trace ID with a copy button, and notes with flags. */
final class ResultsTable {

    private ResultsTable() {
    }

    static <T> void text(TableColumn<ResultRow, T> column, Function<ResultRow, T> value) {
        Columns.show(column, value);
        column.setCellFactory(ignored -> new TableCell<>() {
            private final Tooltip tooltip = new Tooltip();

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                String shown = empty || item == null ? null : item.toString();
                setText(shown);
                tooltip.setText(shown == null ? "" : shown);
                setTooltip(shown == null || shown.isEmpty() ? null : tooltip);
            }
        });
    }

    static void state(TableColumn<ResultRow, ResultRow> column) {
        rowCell(column, row -> {
            Label badge = new Label(row.stateLabel());
            badge.getStyleClass().addAll("state-badge", "state-" + row.stateStyle());
            return badge;
        });
    }

    static void trace(TableColumn<ResultRow, ResultRow> column, ResourceBundle bundle, Consumer<ResultRow> copy) {
        rowCell(column, row -> {
            if (row.traceId().isEmpty()) {
                return null;
            }
            Label id = new Label(row.traceId());
            id.getStyleClass().add("trace-id");
            id.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
            id.setMaxWidth(Double.MAX_VALUE);
            id.setTooltip(new Tooltip(row.traceId()));
            HBox.setHgrow(id, Priority.ALWAYS);
            Button button = new Button(bundle.getString("actions.results.copy"));
            button.getStyleClass().addAll("small", "copy-trace");
            button.setMinWidth(Button.USE_PREF_SIZE);
            button.setOnAction(event -> copy.accept(row));
            HBox box = new HBox(6, id, button);
            box.getStyleClass().add("trace-cell");
            return box;
        });
    }

    static void note(TableColumn<ResultRow, ResultRow> column, ResourceBundle bundle) {
        rowCell(column, row -> {
            HBox box = new HBox(6);
            box.getStyleClass().add("note-cell");
            if (row.addressChanged()) {
                Label flag = new Label(bundle.getString("actions.lines.addressChanged"));
                flag.getStyleClass().addAll("badge-warning", "address-badge");
                flag.setMinWidth(Label.USE_PREF_SIZE);
                box.getChildren().add(flag);
            }
            if (!row.note().isEmpty()) {
                Label note = new Label(row.note());
                note.setTooltip(new Tooltip(row.note()));
                box.getChildren().add(note);
            }
            return box.getChildren().isEmpty() ? null : box;
        });
    }

    private static void rowCell(TableColumn<ResultRow, ResultRow> column,
                                Function<ResultRow, javafx.scene.Node> graphic) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(ignored -> new TableCell<>() {
            @Override
            protected void updateItem(ResultRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                setGraphic(empty || row == null ? null : graphic.apply(row));
            }
        });
    }
}
