package io.orderdesk.ui.main;

import io.orderdesk.domain.OrderTab;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * One status tab: its name as staff know it, the longer title its tooltip shows (the same in Korean, whose names are
 * short already) and how many lines it holds right now.
 */
public final class StatusTab {

    private final OrderTab tab;
    private final String name;
    private final String title;
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();

    StatusTab(OrderTab tab, String name, String title) {
        this.tab = tab;
        this.name = name;
        this.title = title;
    }

    public OrderTab tab() {
        return tab;
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
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
