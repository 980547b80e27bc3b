package io.orderdesk.ui.main;

import io.orderdesk.domain.OrderTab;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;

/**
 * The status tabs as one row of toggle buttons, each with its live count; one is always selected (clicking the
 * selected tab again keeps it). Every button has the id {@code tab<NAME>}, e.g. {@code tabNEW}. The row never wraps:
 * in a window too narrow for it, it scrolls sideways (the mouse wheel too) and keeps the selected tab in view.
 */
final class StatusTabsView {

    private static final PseudoClass ZERO = PseudoClass.getPseudoClass("zero");

    private final Pane container;
    private final ScrollPane scroller;
    private final MainViewModel viewModel;
    private final ToggleGroup group = new ToggleGroup();

    StatusTabsView(Pane container, ScrollPane scroller, MainViewModel viewModel) {
        this.container = container;
        this.scroller = scroller;
        this.viewModel = viewModel;
    }

    void install() {
        scroller.addEventFilter(ScrollEvent.SCROLL, this::wheel);
        for (StatusTab tab : viewModel.tabs()) {
            container.getChildren().add(button(tab));
        }
        select(viewModel.orders().tabProperty().get());
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                group.selectToggle(old);
            } else {
                viewModel.orders().tabProperty().set((OrderTab) toggle.getUserData());
            }
        });
        viewModel.orders().tabProperty().addListener((obs, old, tab) -> select(tab));
    }

    private ToggleButton button(StatusTab tab) {
        Label name = new Label(tab.name());
        name.getStyleClass().add("tab-name");
        Label count = new Label();
        count.getStyleClass().add("tab-count");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> String.format("%,d", tab.getCount()), tab.countProperty()));
        count.pseudoClassStateChanged(ZERO, tab.getCount() == 0);
        tab.countProperty().addListener((obs, old, value) -> count.pseudoClassStateChanged(ZERO, value.intValue() == 0));
        ToggleButton button = new ToggleButton();
        button.setGraphic(new HBox(4, name, count));
        if (!tab.title().equals(tab.name())) {
            button.setTooltip(new Tooltip(tab.title()));
        }
        button.setId("tab" + tab.tab().name());
        button.setUserData(tab.tab());
        button.setToggleGroup(group);
        button.getStyleClass().add("status-tab");
        button.setFocusTraversable(false);
        return button;
    }

    private void select(OrderTab tab) {
        for (Toggle toggle : group.getToggles()) {
            if (toggle.getUserData() == tab && !toggle.isSelected()) {
                group.selectToggle(toggle);
            }
            if (toggle.getUserData() == tab) {
                reveal((ToggleButton) toggle);
            }
        }
    }

    /** A vertical wheel turn moves the row sideways; there is nothing to scroll vertically. */
    private void wheel(ScrollEvent event) {
        double hidden = container.getWidth() - scroller.getViewportBounds().getWidth();
        if (hidden <= 0 || event.getDeltaY() == 0) {
            return;
        }
        scroller.setHvalue(clamp(scroller.getHvalue() - event.getDeltaY() / hidden));
        event.consume();
    }

    private void reveal(ToggleButton button) {
        double hidden = container.getWidth() - scroller.getViewportBounds().getWidth();
        if (hidden <= 0) {
            return;
        }
        double left = scroller.getHvalue() * hidden;
        double right = left + scroller.getViewportBounds().getWidth();
        if (button.getBoundsInParent().getMinX() < left) {
            scroller.setHvalue(clamp(button.getBoundsInParent().getMinX() / hidden));
        } else if (button.getBoundsInParent().getMaxX() > right) {
            scroller.setHvalue(clamp((button.getBoundsInParent().getMaxX()
                    - scroller.getViewportBounds().getWidth()) / hidden));
        }
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
