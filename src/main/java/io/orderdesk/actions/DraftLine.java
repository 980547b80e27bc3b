package io.orderdesk.actions;

import io.orderdesk.domain.ActionInput;
import java.util.Objects;

/** One product order of an {@link ActionDraft} and what staff entered for it ({@link ActionInput.None} if nothing). */
public record DraftLine(String productOrderId, ActionInput input) {

    /** Checks that both parts are present. */
    public DraftLine {
        Objects.requireNonNull(productOrderId, "productOrderId");
        Objects.requireNonNull(input, "input");
    }
}
