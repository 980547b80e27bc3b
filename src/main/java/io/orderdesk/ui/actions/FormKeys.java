package io.orderdesk.ui.actions;

import java.time.LocalDate;
import java.util.List;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keyboard flow of the simple forms: Enter in a field moves to the next usable one, and Enter in the last one sends
 * (the send command itself refuses while anything is invalid). An open drop-down keeps Enter for picking.
 */
final class FormKeys {

    private FormKeys() {
    }

    static void chain(Runnable last, Node... fields) {
        List<Node> order = List.of(fields);
        for (int i = 0; i < order.size(); i++) {
            int index = i;
            Runnable next = () -> next(order, index, last);
            Node field = order.get(i);
            if (field instanceof CarrierField carrier) {
                carrier.setOnEnter(next);
            } else if (field instanceof TextField text) {
                text.setOnAction(event -> next.run());
            } else if (field instanceof DatePicker picker) {
                picker.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                    if (event.getCode() == KeyCode.ENTER && !picker.isShowing()) {
                        commitTyped(picker);
                        done(event, next);
                    }
                });
            } else if (field instanceof ComboBox<?> combo) {
                combo.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                    if (event.getCode() == KeyCode.ENTER && !combo.isShowing()) {
                        done(event, next);
                    }
                });
            }
        }
    }

    private static void done(Event event, Runnable next) {
        event.consume();
        next.run();
    }

    private static void next(List<Node> order, int from, Runnable last) {
        for (int i = from + 1; i < order.size(); i++) {
            Node candidate = order.get(i);
            if (!candidate.isDisabled() && candidate.isVisible()) {
                candidate.requestFocus();
                return;
            }
        }
        last.run();
    }

    /** A date typed but not yet committed (the picker commits on focus loss only) is taken before moving on. */
    static void commitTyped(DatePicker picker) {
        String text = picker.getEditor().getText();
        try {
            LocalDate typed = text == null || text.isBlank() ? null : picker.getConverter().fromString(text.strip());
            picker.setValue(typed);
        } catch (RuntimeException unreadable) {
            picker.setValue(null);
        }
    }
}
