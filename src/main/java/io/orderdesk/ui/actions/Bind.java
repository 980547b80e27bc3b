package io.orderdesk.ui.actions;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Small binding habits shared by the action views. */
final class Bind {

    private Bind() {
    }

    /** The label shows the message, and takes no room while there is none. */
    static void error(Label label, ObservableStringValue message) {
        label.textProperty().bind(message);
        showWhen(label, Bindings.createBooleanBinding(() -> !message.get().isEmpty(), message));
    }

    static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(condition::get, condition));
        node.managedProperty().bind(node.visibleProperty());
    }

    /** "12 / 500" under a text field. */
    static void counter(Label label, StringProperty text, int max) {
        label.textProperty().bind(Bindings.createStringBinding(
                () -> (text.get() == null ? 0 : text.get().strip().length()) + " / " + max, text));
    }
}
