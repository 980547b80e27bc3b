package io.orderdesk.ui.actions;

import io.orderdesk.domain.ActionInput;

/** One product order of an action as the dialog hands it to the outbox: already validated. */
public record DraftLine(String productOrderId, ActionInput input) {
}
