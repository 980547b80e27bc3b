package io.orderdesk.ui.main;

import io.orderdesk.domain.OrderTab;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/** One status tab: its name as staff know it and how many lines it holds right now. */
public final class StatusTab {

    private final OrderTab tab;
    private final String name;
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();

    StatusTab(OrderTab tab, String name) {
        this.tab = tab;
        this.name = name;
    }

    public OrderTab tab() {
        return tab;
    }

    public String name() {
        return name;
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public int getCount() {
        return count.get();
    }

    void setCount(int value) {
        count.set(value);
    }
}
