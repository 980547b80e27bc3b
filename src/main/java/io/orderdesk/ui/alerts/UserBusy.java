package io.orderdesk.ui.alerts;

import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;

/** The "user is busy" test alerts use: typing in a field of a window other than the main one (a dialog). */
public final class UserBusy {

    private UserBusy() {
    }

    /** True while a focused window other than {@code main} has a text field or area focused. Call on the FX thread. */
    public static BooleanSupplier typingInADialog(Window main) {
        return () -> Window.getWindows().stream()
                .filter(window -> window != main && window.isFocused() && window.getScene() != null)
                .map(window -> window.getScene().getFocusOwner())
                .anyMatch(UserBusy::isTextInput);
    }

    private static boolean isTextInput(Node node) {
        return node instanceof TextInputControl input && input.isEditable() && !input.isDisabled();
    }
}
