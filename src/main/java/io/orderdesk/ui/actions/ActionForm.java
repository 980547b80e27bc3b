package io.orderdesk.ui.actions;

import io.orderdesk.domain.OrderAction;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * What the user fills in for one action: validated as they type, and turned into one {@link DraftLine} per offered
 * line only when everything is valid.
 */
public interface ActionForm {

    OrderAction action();

    /** True when every field is valid and no check is still running; the send button follows it. */
    ReadOnlyBooleanProperty validProperty();

    default boolean isValid() {
        return validProperty().get();
    }

    /**
     * The lines to submit, one per offered line, built from the current input.
     *
     * @throws IllegalStateException when the form is not valid: nothing invalid ever leaves a form
     */
    List<DraftLine> drafts();

    /** Starts any background loading the form needs (e.g. the remembered carrier); called once, on the FX thread. */
    default void start() {
    }

    /**
     * Runs off the FX thread just before submitting, for checks that need the store again. Returns null when the
     * drafts may go, else an action for the FX thread that shows what was found; the drafts are then not submitted.
     */
    default Runnable verify(ActionPort port, List<DraftLine> drafts) {
        return null;
    }

    /** Runs off the FX thread after the drafts were written to the outbox. */
    default void submitted(ActionPort port, List<DraftLine> drafts) {
    }
}
