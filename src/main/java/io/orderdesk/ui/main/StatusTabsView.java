package io.orderdesk.ui.main;

import io.orderdesk.domain.OrderTab;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;

/**
 * The status tabs as a row of toggle buttons, each with its live count; one is always selected (clicking the selected
 * tab again keeps it). Every button has the id {@code tab<NAME>}, e.g. {@code tabNEW}.
 */
final class StatusTabsView {

    private static final PseudoClass ZERO = PseudoClass.getPseudoClass("zero");

    private final Pane container;
    private final MainViewModel viewModel;
    private final ToggleGroup group = new ToggleGroup();

    StatusTabsView(Pane container, MainViewModel viewModel) {
        this.container = container;
        this.viewModel = viewModel;
    }

    void install() {
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
        button.setGraphic(new HBox(6, name, count));
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
        }
    }
}
