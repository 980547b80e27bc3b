package io.orderdesk.ui.orders;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One row of the order table. The row object stays the same while its line is fetched in the background, so the
 * table's selection (which works on indices) never moves when a page arrives; cells listen to {@link #lineProperty()}.
 */
public final class OrderRow {

    private final int index;
    private final ReadOnlyObjectWrapper<OrderLine> line = new ReadOnlyObjectWrapper<>();
    private boolean gone;

    OrderRow(int index) {
        this.index = index;
    }

    /** The row's position in the list it belongs to. */
    public int index() {
        return index;
    }

    /** The line, or {@code null} while it is being fetched (or when it vanished from the store meanwhile). */
    public ReadOnlyObjectProperty<OrderLine> lineProperty() {
        return line.getReadOnlyProperty();
    }

    public OrderLine getLine() {
        return line.get();
    }

    public boolean isLoaded() {
        return line.get() != null;
    }

    /** True when the page came back shorter than counted: the store changed between the count and the page. */
    public boolean isGone() {
        return gone;
    }

    void setLine(OrderLine value) {
        line.set(value);
    }

    void markGone() {
        gone = true;
    }
}
