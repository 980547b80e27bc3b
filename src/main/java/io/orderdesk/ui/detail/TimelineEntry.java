package io.orderdesk.ui.detail;

import java.util.List;

/** One point of the local change history: when, what kind of change, and what changed, in words. */
public record TimelineEntry(String time, String title, List<String> changes) {

    public TimelineEntry {
        changes = List.copyOf(changes);
    }
}
