package io.orderdesk.ui.actionlog;

import java.util.List;

/**
 * One action as a row of the action table.
 *
 * @param counts  the states that have lines, in display order
 * @param problem true when a line failed, was skipped or has an unknown outcome
 */
public record ActionItem(ActionRow row, String time, String action, List<StateCount> counts, boolean problem) {

    public ActionItem {
        counts = List.copyOf(counts);
    }

    public long actionId() {
        return row.actionId();
    }

    public String operator() {
        return row.operator() == null ? "" : row.operator();
    }

    public int lines() {
        return row.lines();
    }
}
