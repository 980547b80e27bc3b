package io.orderdesk.ui.support;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** Table columns whose cells show a fixed value of their row. */
public final class Columns {

    private Columns() {
    }

    /** Shows {@code value} of each row in {@code column}. */
    public static <S, T> void show(TableColumn<S, T> column, Function<S, T> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }
}
