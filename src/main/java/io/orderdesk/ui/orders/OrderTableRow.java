package io.orderdesk.ui.orders;

import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;

/**
 * A table row that follows its line as it arrives: {@code :attention} marks lines whose address changed or that
 * carry a claim the user has not opened yet, {@code :loading} rows still being fetched.
 */
final class OrderTableRow extends TableRow<OrderRow> {

    private static final PseudoClass ATTENTION = PseudoClass.getPseudoClass("attention");
    private static final PseudoClass LOADING = PseudoClass.getPseudoClass("loading");

    private final ChangeListener<OrderLine> listener = (obs, old, line) -> mark(line);
    private OrderRow watched;

    @Override
    protected void updateItem(OrderRow row, boolean empty) {
        super.updateItem(row, empty);
        if (watched != null) {
            watched.lineProperty().removeListener(listener);
        }
        watched = empty ? null : row;
        if (watched != null) {
            watched.lineProperty().addListener(listener);
        }
        mark(watched == null ? null : watched.getLine());
    }

    private void mark(OrderLine line) {
        pseudoClassStateChanged(ATTENTION, line != null && line.attention());
        pseudoClassStateChanged(LOADING, watched != null && line == null && !watched.isGone());
    }
}
