package io.orderdesk.ui.actionlog;

import io.orderdesk.domain.ActionLineState;

/**
 * How many lines of an action are in one state, as a badge.
 *
 * @param style {@code done}, {@code failed}, {@code unknown}, {@code skipped}, {@code pending} or {@code sending}
 */
public record StateCount(ActionLineState state, String label, int count, String style) {
}
